/**
 * The catalogue aggregate: a versioned set of assignment templates for one trajectory type, with
 * the question sets of the evaluations. A trajectory keeps the catalogue version it started on.
 */
package nl.redzaam.domain.catalogue;
