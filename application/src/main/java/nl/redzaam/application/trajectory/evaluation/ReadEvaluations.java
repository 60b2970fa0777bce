package nl.redzaam.application.trajectory.evaluation;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.Relation;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.Evaluation;
import nl.redzaam.domain.trajectory.EvaluationAnswer;
import nl.redzaam.domain.trajectory.ParticipantRole;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The evaluations of a trajectory as the reader may see them. Professionals (coach, stand-in,
 * specialist) see every answer; the resident and support workers see the resident's own answers,
 * the joint conclusion and the outcome, not what the professionals answered (docs/security.md).
 */
public final class ReadEvaluations {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * One evaluation, filtered for the reader.
   *
   * @param professionalAnswersHidden true when answers of coaches and specialists were left out
   * @param outcome the agreed outcome, only on a concluded final evaluation
   * @param conclusionAdvisesCourt true for the final evaluation of protective administration, whose
   *     joint conclusion is the advice to the sub-district court
   */
  public record VisibleEvaluation(
      EvaluationKind kind,
      LocalDate openedOn,
      List<EvaluationQuestion> questions,
      List<EvaluationAnswer> answers,
      boolean professionalAnswersHidden,
      String jointConclusion,
      LocalDate concludedOn,
      Outcome outcome,
      boolean conclusionAdvisesCourt) {}

  /**
   * @param version the trajectory's version, for optimistic concurrency on the conclusion
   */
  public record Evaluations(
      TrajectoryId trajectoryId,
      TrajectoryType type,
      long version,
      List<VisibleEvaluation> evaluations) {

    public Optional<VisibleEvaluation> of(EvaluationKind kind) {
      return evaluations.stream().filter(e -> e.kind() == kind).findFirst();
    }
  }

  private static final Set<Relation> PROFESSIONALS =
      EnumSet.of(Relation.COACH, Relation.STAND_IN_COACH, Relation.SPECIALIST);

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;

  @Inject
  public ReadEvaluations(CurrentUser currentUser, TrajectoryAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  public Evaluations execute(Query query) {
    var actor = currentUser.actor();
    Trajectory trajectory = access.require(actor, TrajectoryPermission.VIEW, query.trajectoryId());
    boolean professional =
        access.relations(actor, trajectory).stream().anyMatch(PROFESSIONALS::contains);
    List<VisibleEvaluation> visible =
        EnumSet.allOf(EvaluationKind.class).stream()
            .flatMap(kind -> trajectory.evaluation(kind).stream())
            .map(e -> visible(e, trajectory, professional))
            .toList();
    return new Evaluations(trajectory.id(), trajectory.type(), trajectory.version(), visible);
  }

  private static VisibleEvaluation visible(
      Evaluation evaluation, Trajectory trajectory, boolean professional) {
    List<EvaluationAnswer> answers =
        professional
            ? evaluation.answers()
            : evaluation.answers().stream()
                .filter(a -> a.participant().role() == ParticipantRole.RESIDENT)
                .toList();
    boolean isFinal = evaluation.kind() == EvaluationKind.FINAL;
    return new VisibleEvaluation(
        evaluation.kind(),
        evaluation.openedOn(),
        evaluation.questions(),
        answers,
        !professional,
        evaluation.jointConclusion(),
        evaluation.concludedOn(),
        isFinal && evaluation.concluded() ? trajectory.outcome().orElse(null) : null,
        isFinal && trajectory.type() == TrajectoryType.PROTECTIVE_ADMINISTRATION);
  }
}
