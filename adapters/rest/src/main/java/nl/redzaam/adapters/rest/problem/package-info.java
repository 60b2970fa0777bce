/** Turns every failure into an RFC 9457 problem details response, in one place. */
package nl.redzaam.adapters.rest.problem;
