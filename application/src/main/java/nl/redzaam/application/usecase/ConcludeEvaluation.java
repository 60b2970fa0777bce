package nl.redzaam.application.usecase;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.Objects;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.trajectory.Trajectory;
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

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public ConcludeEvaluation(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.clock = clock;
    this.notifications = notifications;
  }

  public void execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.LEAD_EVALUATIONS, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "conclude an evaluation").staffMemberId();
    ExpectedVersion.check(trajectory, command.expectedVersion());
    if (command.kind() == EvaluationKind.FINAL) {
      trajectory.concludeFinalEvaluation(
          command.jointConclusion(), command.outcome(), coach, clock.now());
    } else {
      trajectory.concludeEvaluation(command.kind(), command.jointConclusion(), coach, clock.now());
    }
    ExpectedVersion.store(trajectories, trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
