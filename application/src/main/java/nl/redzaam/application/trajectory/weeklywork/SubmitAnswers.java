package nl.redzaam.application.trajectory.weeklywork;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** The resident hands in the answers to an assignment, for the coach to review. */
public final class SubmitAnswers {

  public record Command(
      TrajectoryId trajectoryId, AssignmentCode assignment, Map<String, String> answers) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
      answers = Map.copyOf(answers);
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public SubmitAnswers(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.ANSWER_ASSIGNMENTS,
        (trajectory, by) -> {
          by.resident("answer an assignment");
          trajectory.submitAnswers(
              command.assignment(), command.answers(), by.catalogue(), by.now());
        });
  }
}
