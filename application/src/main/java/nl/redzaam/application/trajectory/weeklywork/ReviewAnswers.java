package nl.redzaam.application.trajectory.weeklywork;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach reviews submitted answers: approved, or back to the resident with feedback. */
public final class ReviewAnswers {

  public enum Verdict {
    APPROVED,
    NEEDS_REWORK
  }

  public record Command(
      TrajectoryId trajectoryId, AssignmentCode assignment, Verdict verdict, String feedback) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public ReviewAnswers(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.REVIEW_ANSWERS,
        (trajectory, by) -> {
          var staff = by.staff("review answers");
          if (command.verdict() == Verdict.APPROVED) {
            trajectory.approve(command.assignment(), staff, by.now());
          } else {
            trajectory.requestRework(command.assignment(), command.feedback(), staff, by.now());
          }
        });
  }
}
