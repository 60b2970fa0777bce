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

/** A coach decides an assignment need not be done by this resident. */
public final class SkipAssignment {

  public record Command(TrajectoryId trajectoryId, AssignmentCode assignment) {
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

  public SkipAssignment(
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
    trajectory.skip(
        command.assignment(), CatalogueOf.trajectory(catalogues, trajectory), coach, clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
