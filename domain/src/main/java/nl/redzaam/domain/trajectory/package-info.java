/**
 * The trajectory aggregate: one resident's path through the method, from selection to aftercare. It
 * holds the schedule (start, pauses, tempo), the progress of every assignment, notes and replies,
 * the evaluations, the screenings and the aftercare check-ins. Other aggregates (municipality,
 * resident, staff, catalogue) are referenced by id only; the growth plan is an aggregate of its own
 * ({@code nl.redzaam.domain.growthplan}), keyed by the trajectory's id.
 *
 * <p>{@link nl.redzaam.domain.trajectory.Trajectory} is the only entry point for changes. It guards
 * (closed? who acts? which stage?), hands the change to the part that owns the state, applies the
 * stage the part returns and records the event. The parts are package-private and decide their own
 * rules: {@code Participants}, {@code Schedule}, {@code WeeklyWork}, {@code Evaluations}, {@code
 * Screenings}, {@code Notes} and {@code Appointments}. {@link nl.redzaam.domain.trajectory.Stage}
 * is the method's transition table.
 */
package nl.redzaam.domain.trajectory;
