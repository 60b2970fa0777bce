/**
 * Assembles the hexagon: CDI producers that build the plain use-case classes from the port
 * implementations the adapters provide, plus the small system adapters (clock, identities,
 * notifications) that need no module of their own.
 */
package nl.redzaam.deployment.wiring;
