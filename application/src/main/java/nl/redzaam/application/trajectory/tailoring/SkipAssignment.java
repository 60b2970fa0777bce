package nl.redzaam.application.trajectory.tailoring;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach decides an assignment need not be done by this resident. */
public final class SkipAssignment {

  public record Command(TrajectoryId trajectoryId, AssignmentCode assignment) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public SkipAssignment(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.TAILOR,
        (trajectory, by) ->
            trajectory.skip(
                command.assignment(), by.catalogue(), by.staff("tailor the trajectory"), by.now()));
  }
}
