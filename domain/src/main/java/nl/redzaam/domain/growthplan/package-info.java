/**
 * The growth plan aggregate: the resident's goals and agreements and the progress made, one plan
 * per trajectory, keyed by its {@link nl.redzaam.domain.trajectory.TrajectoryId} and with its own
 * version. {@link nl.redzaam.domain.growthplan.GrowthPlan} is the root; what it needs to know of
 * the trajectory comes in as a {@link nl.redzaam.domain.growthplan.TrajectoryStatus}.
 */
package nl.redzaam.domain.growthplan;
