package nl.redzaam.application.trajectory.tailoring;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
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

  private final TrajectoryChanges changes;

  @Inject
  public StressAssignment(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.TAILOR,
        (trajectory, by) ->
            trajectory.stress(
                command.assignment(),
                command.stressed(),
                command.reason(),
                by.catalogue(),
                by.staff("tailor the trajectory"),
                by.now()));
  }
}
