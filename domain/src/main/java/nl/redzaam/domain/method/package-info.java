/**
 * The vocabulary of the method shared by all aggregates: modules and trajectory types, the five
 * themes, evaluation kinds and the aftercare outcomes 11A, 11B and 11C.
 */
package nl.redzaam.domain.method;
