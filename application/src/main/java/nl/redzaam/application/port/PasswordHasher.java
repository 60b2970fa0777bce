package nl.redzaam.application.port;

/** Turns passwords into slow, salted hashes and checks them. */
public interface PasswordHasher {

  String hash(String password);

  boolean matches(String password, String storedHash);
}
