package nl.redzaam.application.trajectory.evaluation;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.method.EvaluationKind;
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

  private final TrajectoryChanges changes;

  @Inject
  public OpenEvaluation(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.LEAD_EVALUATIONS,
        (trajectory, by) ->
            trajectory.openEvaluation(
                command.kind(), by.catalogue(), by.staff("open an evaluation"), by.now()));
  }
}
