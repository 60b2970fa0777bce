package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.Tempo;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach pauses, resumes, speeds up or slows down a trajectory. */
public final class ChangeTrajectoryTempo {

  public enum Change {
    PAUSE,
    RESUME,
    FASTER,
    NORMAL,
    SLOWER
  }

  public record Command(TrajectoryId trajectoryId, Change change) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(change, "change");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public ChangeTrajectoryTempo(
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
        access.require(actor, TrajectoryPermission.CHANGE_TEMPO, command.trajectoryId());
    StaffActor coach = TrajectoryAccess.staff(actor, "change the tempo");
    var by = coach.staffMemberId();
    var now = clock.now();
    switch (command.change()) {
      case PAUSE -> trajectory.pause(by, now);
      case RESUME -> trajectory.resume(by, now);
      case FASTER -> trajectory.changeTempo(Tempo.FASTER, by, now);
      case NORMAL -> trajectory.changeTempo(Tempo.NORMAL, by, now);
      case SLOWER -> trajectory.changeTempo(Tempo.SLOWER, by, now);
    }
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
