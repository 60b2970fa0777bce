package nl.redzaam.application.trajectory.aftercare;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach closes the trajectory after aftercare; from then on it is read-only. */
public final class CloseTrajectory {

  public record Command(TrajectoryId trajectoryId) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public CloseTrajectory(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.RUN_AFTERCARE,
        (trajectory, by) -> trajectory.close(by.staff("close the trajectory"), by.now()));
  }
}
