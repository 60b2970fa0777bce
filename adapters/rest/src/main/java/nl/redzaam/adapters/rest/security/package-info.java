/**
 * Authentication for the API: email and password checked against stored PBKDF2 hashes, and the
 * {@link nl.redzaam.application.port.CurrentUser} port built from the authenticated caller.
 */
package nl.redzaam.adapters.rest.security;
