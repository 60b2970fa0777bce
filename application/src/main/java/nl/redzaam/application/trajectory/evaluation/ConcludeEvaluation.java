package nl.redzaam.application.trajectory.evaluation;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach writes the joint conclusion of an evaluation. Concluding the start conversation starts
 * week 1; the final evaluation is concluded together with the agreed outcome (11A, 11B, 11C), which
 * starts aftercare. Coaches and stand-ins may work on the same conclusion, so the change must be
 * based on the version the coach read.
 */
public final class ConcludeEvaluation {

  /**
   * @param outcome required for the final evaluation, absent for the others
   * @param expectedVersion the trajectory version the conclusion was written against
   */
  public record Command(
      TrajectoryId trajectoryId,
      EvaluationKind kind,
      String jointConclusion,
      Outcome outcome,
      long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(kind, "kind");
      require(
          kind != EvaluationKind.FINAL || outcome != null,
          "outcome-required",
          "The final evaluation is concluded with an outcome: 11A, 11B or 11C");
      require(
          kind == EvaluationKind.FINAL || outcome == null,
          "outcome-only-at-final-evaluation",
          "Only the final evaluation decides the outcome");
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public ConcludeEvaluation(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.changeAt(
        command.expectedVersion(),
        command.trajectoryId(),
        TrajectoryPermission.LEAD_EVALUATIONS,
        (trajectory, by) -> {
          var coach = by.staff("conclude an evaluation");
          if (command.kind() == EvaluationKind.FINAL) {
            trajectory.concludeFinalEvaluation(
                command.jointConclusion(), command.outcome(), coach, by.now());
          } else {
            trajectory.concludeEvaluation(
                command.kind(), command.jointConclusion(), coach, by.now());
          }
        });
  }
}
