package nl.redzaam.application.trajectory;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.domain.trajectory.PlannedConversation;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** One trajectory with its stage and current week, for whoever takes part in it. */
public final class ReadTrajectory {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * The trajectory, its current week on the day of the query and the planned conversation if it is
   * today or later.
   */
  public record Overview(
      Trajectory trajectory,
      int currentWeek,
      boolean midEvaluationDue,
      Optional<PlannedConversation> nextConversation) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final Clock clock;

  @Inject
  public ReadTrajectory(CurrentUser currentUser, TrajectoryAccess access, Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.clock = clock;
  }

  public Overview execute(Query query) {
    Trajectory trajectory =
        access.require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId());
    return new Overview(
        trajectory,
        trajectory.currentWeek(clock.today()),
        trajectory.midEvaluationDue(clock.today()),
        trajectory.nextConversation(clock.today()));
  }
}
