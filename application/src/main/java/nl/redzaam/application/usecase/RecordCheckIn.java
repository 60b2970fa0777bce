package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach records that a planned check-in was held, with a short summary. */
public final class RecordCheckIn {

  public record Command(TrajectoryId trajectoryId, CheckInId checkInId, String summary) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(checkInId, "checkInId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public RecordCheckIn(
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

  public void execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.RUN_AFTERCARE, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "record a check-in");
    // An unknown id in the path is a missing resource, not a broken rule.
    if (trajectory.checkIns().stream().noneMatch(c -> c.id().equals(command.checkInId()))) {
      throw new NotFound("No check-in " + command.checkInId());
    }
    trajectory.recordCheckIn(
        command.checkInId(), command.summary(), coach.staffMemberId(), clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
