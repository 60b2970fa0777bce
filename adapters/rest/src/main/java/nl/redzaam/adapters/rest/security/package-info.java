/**
 * Authentication for the API: bearer session tokens (ADR 0009), passwords hashed with PBKDF2 and
 * checked against a strength policy, and the {@link nl.redzaam.application.port.CurrentUser} port
 * built from the authenticated caller.
 */
package nl.redzaam.adapters.rest.security;
