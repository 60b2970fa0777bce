package nl.redzaam.application.usecase;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.domain.trajectory.GrowthPlan;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** The growth plan, for everyone who may view the trajectory: the resident reads it too. */
public final class ReadGrowthPlan {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param version the trajectory's version, which a change to the plan must name
   */
  public record VersionedPlan(GrowthPlan plan, long version) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;

  @Inject
  public ReadGrowthPlan(CurrentUser currentUser, TrajectoryAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  public VersionedPlan execute(Query query) {
    Trajectory trajectory =
        access.require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId());
    return new VersionedPlan(trajectory.growthPlan(), trajectory.version());
  }
}
