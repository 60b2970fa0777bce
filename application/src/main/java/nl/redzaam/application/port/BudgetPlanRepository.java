package nl.redzaam.application.port;

import java.util.Optional;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Stores budget plans, one per trajectory. Updates are optimistic: a stale plan is refused, never
 * merged. A stored plan has a version of 1 or more, so that it differs from the empty plan (version
 * 0) of a trajectory whose plan nobody saved yet.
 */
public interface BudgetPlanRepository {

  Optional<BudgetPlan> find(TrajectoryId trajectory);

  /**
   * Stores the first plan of a trajectory.
   *
   * @throws ConcurrentUpdateException when someone else stored one at the same time
   */
  void add(BudgetPlan plan);

  /**
   * Stores the changes to a plan loaded earlier.
   *
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(BudgetPlan plan);
}
