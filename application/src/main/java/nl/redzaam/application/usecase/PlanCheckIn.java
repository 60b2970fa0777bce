package nl.redzaam.application.usecase;

import java.time.LocalDate;
import java.util.Objects;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** In aftercare, a coach plans a check-in (waakvlamgesprek) with the resident. */
public final class PlanCheckIn {

  public record Command(TrajectoryId trajectoryId, LocalDate on) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(on, "on");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final IdentityGenerator ids;
  private final Clock clock;
  private final Notifications notifications;

  public PlanCheckIn(
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

  public CheckInId execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.RUN_AFTERCARE, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "plan a check-in");
    CheckInId id = new CheckInId(ids.newId());
    trajectory.planCheckIn(id, command.on(), coach.staffMemberId(), clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
    return id;
  }
}
