package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.GoalId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach marks a goal of the growth plan as achieved. The command names the version of the
 * trajectory it is based on; when someone changed the trajectory since, the change is refused
 * ({@link nl.redzaam.application.StaleVersion}).
 */
public final class AchieveGoal {

  public record Command(TrajectoryId trajectoryId, GoalId goalId, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(goalId, "goalId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public AchieveGoal(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.clock = clock;
    this.notifications = notifications;
  }

  /** Returns the trajectory's new version. */
  public long execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.EDIT_GROWTH_PLAN, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "keep the growth plan").staffMemberId();
    ExpectedVersion.check(trajectory, command.expectedVersion());
    // The goal is named in the path: a missing one is "not found", not a broken rule.
    if (trajectory.growthPlan().goal(command.goalId()).isEmpty()) {
      throw new NotFound("No goal " + command.goalId());
    }
    trajectory.achieveGoal(command.goalId(), coach, clock.now());
    long version = ExpectedVersion.store(trajectories, trajectory);
    notifications.happened(trajectory.releaseEvents());
    return version;
  }
}
