/**
 * The advice to the sub-district court (advies aan de kantonrechter) that the specialist of a
 * protective-administration trajectory writes for its final report: continue, end or change the
 * administration, with reasons. {@link nl.redzaam.domain.courtadvice.CourtAdvice} is the root, one
 * per trajectory, keyed by its {@link nl.redzaam.domain.trajectory.TrajectoryId}.
 */
package nl.redzaam.domain.courtadvice;
