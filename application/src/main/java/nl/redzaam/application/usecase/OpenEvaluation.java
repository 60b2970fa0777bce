package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach opens the start conversation, the mid evaluation or the final evaluation, with the
 * questions of the trajectory's catalogue.
 */
public final class OpenEvaluation {

  public record Command(TrajectoryId trajectoryId, EvaluationKind kind) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(kind, "kind");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final CatalogueRepository catalogues;
  private final Clock clock;
  private final Notifications notifications;

  public OpenEvaluation(
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
        access.require(actor, TrajectoryPermission.LEAD_EVALUATIONS, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "open an evaluation");
    trajectory.openEvaluation(
        command.kind(),
        CatalogueOf.trajectory(catalogues, trajectory),
        coach.staffMemberId(),
        clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
