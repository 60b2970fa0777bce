package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach undoes a skip: the assignment is to be done again. */
public final class ReinstateAssignment {

  public record Command(TrajectoryId trajectoryId, AssignmentCode assignment) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public ReinstateAssignment(
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
        access.require(actor, TrajectoryPermission.TAILOR, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "tailor the trajectory").staffMemberId();
    trajectory.reinstate(command.assignment(), coach, clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
