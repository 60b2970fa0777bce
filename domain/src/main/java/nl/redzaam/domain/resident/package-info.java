/**
 * The resident aggregate: the person following a trajectory. Only what the method needs is kept: a
 * name to address them by and an email address to invite them.
 */
package nl.redzaam.domain.resident;
