package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.GoalId;
import nl.redzaam.domain.trajectory.ProgressEntryId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach records progress in the growth plan, on one goal or on the plan as a whole. The command
 * names the version of the trajectory it is based on; when someone changed the trajectory since,
 * the change is refused ({@link nl.redzaam.application.StaleVersion}).
 */
public final class RecordProgress {

  public record Command(
      TrajectoryId trajectoryId, GoalId goalId, String text, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param version the version the trajectory is stored at now, for the next change
   */
  public record Created(ProgressEntryId id, long version) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final IdentityGenerator ids;
  private final Clock clock;
  private final Notifications notifications;

  public RecordProgress(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.ids = ids;
    this.clock = clock;
    this.notifications = notifications;
  }

  /** Returns the new entry's id and the trajectory's new version. */
  public Created execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.EDIT_GROWTH_PLAN, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "keep the growth plan").staffMemberId();
    ExpectedVersion.check(trajectory, command.expectedVersion());
    ProgressEntryId id = new ProgressEntryId(ids.newId());
    trajectory.recordProgress(id, command.goalId(), command.text(), coach, clock.now());
    long version = ExpectedVersion.store(trajectories, trajectory);
    notifications.happened(trajectory.releaseEvents());
    return new Created(id, version);
  }
}
