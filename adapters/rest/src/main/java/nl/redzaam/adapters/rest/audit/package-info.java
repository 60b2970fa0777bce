/**
 * The access log: which requests read or changed which resident's data, written after each request
 * in a transaction of its own so that refused and failed requests are logged too.
 */
package nl.redzaam.adapters.rest.audit;
