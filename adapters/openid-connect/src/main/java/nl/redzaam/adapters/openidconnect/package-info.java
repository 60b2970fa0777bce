/**
 * Adapter: logging in through a municipality's OpenID Connect provider with the Nimbus OAuth 2.0
 * SDK, which reads the provider's metadata, builds the PKCE request and checks the ID token.
 */
package nl.redzaam.adapters.openidconnect;
