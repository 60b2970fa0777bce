/**
 * Outbound ports: what the use cases need from the world (storage, time, identities, notifications,
 * who is asking). Adapters implement them.
 */
package nl.redzaam.application.port;
