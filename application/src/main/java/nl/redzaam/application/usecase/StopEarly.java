package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach stops the trajectory early, because the resident is ready sooner or clearly not ready.
 * Before the start conversation that closes it; later it leads straight to the final evaluation.
 */
public final class StopEarly {

  public record Command(TrajectoryId trajectoryId, EarlyStopReason reason, String explanation) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final CatalogueRepository catalogues;
  private final Clock clock;
  private final Notifications notifications;

  public StopEarly(
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
        access.require(actor, TrajectoryPermission.STOP_EARLY, command.trajectoryId());
    trajectory.stopEarly(
        command.reason(),
        command.explanation(),
        CatalogueOf.trajectory(catalogues, trajectory),
        TrajectoryAccess.staff(actor, "stop the trajectory").staffMemberId(),
        clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
