package nl.redzaam.deployment.demo;

/** A demo account's role, email address and password, as printed at startup and in the README. */
public record DemoLogin(String role, String email, String password) {}
