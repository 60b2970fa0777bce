package nl.redzaam.application.port;

import java.util.Optional;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Stores growth plans, one per trajectory, apart from the trajectory: each has its own version.
 * Updates are optimistic: a stale plan is refused, never merged. A trajectory whose plan nobody
 * changed yet may have none stored; its plan is then the empty one, at version 0.
 */
public interface GrowthPlanRepository {

  Optional<GrowthPlan> find(TrajectoryId trajectory);

  /**
   * Stores the first plan of a trajectory, at version {@code version() + 1}.
   *
   * @throws ConcurrentUpdateException when someone else stored one at the same time
   */
  void add(GrowthPlan plan);

  /**
   * Stores the changes to a plan loaded earlier. Every update raises the stored version by exactly
   * one, from {@link GrowthPlan#version()} to {@code version() + 1}.
   *
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(GrowthPlan plan);
}
