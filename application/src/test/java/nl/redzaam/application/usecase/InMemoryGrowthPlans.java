package nl.redzaam.application.usecase;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.GrowthPlanRepository;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Growth plans in memory, kept as copies with versions, as a database would. */
final class InMemoryGrowthPlans implements GrowthPlanRepository {

  final Map<TrajectoryId, GrowthPlan> stored = new HashMap<>();

  /** When set, the next store loses the race against another writer. */
  boolean loseTheNextRace;

  private static GrowthPlan withVersion(GrowthPlan p, long version) {
    return new GrowthPlan(p.trajectoryId(), p.goals(), p.agreements(), p.progress(), version);
  }

  /** The plan as stored now, or the empty one. */
  GrowthPlan current(TrajectoryId trajectory) {
    return find(trajectory).orElseGet(() -> GrowthPlan.empty(trajectory));
  }

  @Override
  public Optional<GrowthPlan> find(TrajectoryId trajectory) {
    return Optional.ofNullable(stored.get(trajectory)).map(p -> withVersion(p, p.version()));
  }

  @Override
  public void add(GrowthPlan plan) {
    raceLost();
    if (stored.containsKey(plan.trajectoryId())) {
      throw new ConcurrentUpdateException("exists", null);
    }
    stored.put(plan.trajectoryId(), withVersion(plan, plan.version() + 1));
  }

  @Override
  public void update(GrowthPlan plan) {
    raceLost();
    GrowthPlan current = stored.get(plan.trajectoryId());
    if (current == null || current.version() != plan.version()) {
      throw new ConcurrentUpdateException("stale", null);
    }
    stored.put(plan.trajectoryId(), withVersion(plan, plan.version() + 1));
  }

  private void raceLost() {
    if (loseTheNextRace) {
      loseTheNextRace = false;
      throw new ConcurrentUpdateException("changed meanwhile", null);
    }
  }
}
