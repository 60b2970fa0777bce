package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Coach and resident choose to put extra weight on an assignment, or stop doing so; the coach may
 * say why, for the resident.
 */
public final class StressAssignment {

  public record Command(
      TrajectoryId trajectoryId, AssignmentCode assignment, boolean stressed, String reason) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final CatalogueRepository catalogues;
  private final Clock clock;
  private final Notifications notifications;

  public StressAssignment(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.catalogues = catalogues;
    this.clock = clock;
    this.notifications = notifications;
  }

  public void execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.TAILOR, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "tailor the trajectory").staffMemberId();
    trajectory.stress(
        command.assignment(),
        command.stressed(),
        command.reason(),
        CatalogueOf.trajectory(catalogues, trajectory),
        coach,
        clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
