/**
 * Support organisations: outside organisations (volunteers' services, social work) that a
 * municipality has verified, their workers, and the read access a resident grants them to their
 * trajectory and may revoke at any moment.
 */
package nl.redzaam.domain.support;
