/**
 * The staff member aggregate: coaches, specialists and municipal administrators. A specialist may
 * work for an outside organisation; a specialist can also act as coach.
 */
package nl.redzaam.domain.staff;
