/**
 * The trajectory aggregate: one resident's path through the method, from selection to aftercare. It
 * holds the schedule (start, pauses, tempo), the progress of every assignment, notes and replies,
 * the growth plan, the evaluations, the screenings and the aftercare check-ins. Other aggregates
 * (municipality, resident, staff, catalogue) are referenced by id only.
 */
package nl.redzaam.domain.trajectory;
