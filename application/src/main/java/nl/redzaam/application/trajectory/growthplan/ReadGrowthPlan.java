package nl.redzaam.application.trajectory.growthplan;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.GrowthPlanRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** The growth plan, for everyone who may view the trajectory: the resident reads it too. */
public final class ReadGrowthPlan {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param version the growth plan's own version, which a change to the plan must name
   */
  public record VersionedPlan(GrowthPlan plan, long version) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final GrowthPlanRepository plans;

  @Inject
  public ReadGrowthPlan(
      CurrentUser currentUser, TrajectoryAccess access, GrowthPlanRepository plans) {
    this.currentUser = currentUser;
    this.access = access;
    this.plans = plans;
  }

  public VersionedPlan execute(Query query) {
    access.require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId());
    GrowthPlan plan = GrowthPlanChanges.load(plans, query.trajectoryId());
    return new VersionedPlan(plan, plan.version());
  }
}
