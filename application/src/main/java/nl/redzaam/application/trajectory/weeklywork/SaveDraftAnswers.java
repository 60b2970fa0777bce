package nl.redzaam.application.trajectory.weeklywork;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The resident saves answers to an assignment as a draft, without handing them in. Nobody is told:
 * a draft is the resident's own work in progress.
 */
public final class SaveDraftAnswers {

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
  public SaveDraftAnswers(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.ANSWER_ASSIGNMENTS,
        (trajectory, by) -> {
          by.resident("save a draft");
          trajectory.saveDraft(command.assignment(), command.answers(), by.catalogue(), by.now());
        });
  }
}
