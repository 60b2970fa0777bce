package nl.redzaam.application.trajectory.aftercare;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.EarlyStopReason;
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

  private final TrajectoryChanges changes;

  @Inject
  public StopEarly(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.STOP_EARLY,
        (trajectory, by) ->
            trajectory.stopEarly(
                command.reason(),
                command.explanation(),
                by.catalogue(),
                by.staff("stop the trajectory"),
                by.now()));
  }
}
