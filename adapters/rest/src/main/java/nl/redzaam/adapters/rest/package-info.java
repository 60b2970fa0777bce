/**
 * The REST adapter: JSON over HTTP at {@code /api/v1}, following the Dutch government's REST API
 * Design Rules (major version in the path, kebab-case segments, lowerCamelCase properties, no
 * trailing slashes, an {@code API-Version} header). Resources map DTOs to use-case commands and
 * never expose domain objects; errors are RFC 9457 problem details.
 */
package nl.redzaam.adapters.rest;
