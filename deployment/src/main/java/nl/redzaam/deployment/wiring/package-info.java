/**
 * Assembles the hexagon. The use cases are CDI beans of their own jar (their {@code @Inject}
 * constructors, ADR 0001); what is built here needs configuration or wraps an adapter: the session
 * settings and logging in ({@link nl.redzaam.deployment.wiring.LoginUseCases}), the tailored
 * catalogues, and the small system adapters (clock, identities) that need no module of their own.
 */
package nl.redzaam.deployment.wiring;
