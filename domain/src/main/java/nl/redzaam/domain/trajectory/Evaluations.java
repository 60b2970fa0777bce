package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.shared.Text;

/**
 * The start conversation, the mid evaluation and the final evaluation, at most one of each. Opening
 * and concluding one moves the trajectory on; those methods return the stage it moves to.
 */
final class Evaluations {

  private static final int MAX_CONCLUSION_LENGTH = 8000;

  private final Map<EvaluationKind, Evaluation> byKind = new LinkedHashMap<>();

  Evaluations(List<Evaluation> evaluations) {
    evaluations.forEach(e -> byKind.put(e.kind(), e));
  }

  Stage open(EvaluationKind kind, List<EvaluationQuestion> questions, Stage current, LocalDate on) {
    Stage next = current.openEvaluation(kind);
    byKind.put(kind, new Evaluation(kind, on, questions, List.of(), null, null));
    return next;
  }

  /**
   * An early stop opens the final evaluation at once, from any stage of coaching; an open start or
   * mid evaluation stays as it is.
   */
  void openFinalAfterEarlyStop(List<EvaluationQuestion> questions, LocalDate on) {
    byKind.remove(EvaluationKind.FINAL);
    byKind.put(
        EvaluationKind.FINAL,
        new Evaluation(EvaluationKind.FINAL, on, questions, List.of(), null, null));
  }

  /** Replaces whatever the participant answered before; every answer must fit a question. */
  void answer(EvaluationKind kind, Participant participant, Map<String, String> answers) {
    Evaluation evaluation = requireOpen(kind);
    List<EvaluationAnswer> checked = new ArrayList<>();
    answers.forEach(
        (questionId, text) -> {
          require(
              evaluation.asks(questionId),
              "unknown-question",
              "The " + kind + " evaluation has no question " + questionId);
          checked.add(
              new EvaluationAnswer(
                  participant,
                  questionId,
                  Text.required(text, "An answer", Trajectory.MAX_TEXT_LENGTH)));
        });
    byKind.put(kind, evaluation.withAnswersOf(participant, checked));
  }

  Stage conclude(EvaluationKind kind, String jointConclusion, Stage current, LocalDate on) {
    Evaluation evaluation = requireOpen(kind);
    Stage next = current.concludeEvaluation(kind);
    String conclusion =
        Text.required(jointConclusion, "The joint conclusion", MAX_CONCLUSION_LENGTH);
    byKind.put(kind, evaluation.concludedWith(conclusion, on));
    return next;
  }

  private Evaluation requireOpen(EvaluationKind kind) {
    Evaluation evaluation = byKind.get(kind);
    require(
        evaluation != null && !evaluation.concluded(),
        "evaluation-not-open",
        "The " + kind.name().toLowerCase() + " evaluation is not open");
    return evaluation;
  }

  Optional<Evaluation> of(EvaluationKind kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  /** In the method's order, as stored. */
  List<Evaluation> all() {
    return byKind.values().stream().sorted(Comparator.comparing(Evaluation::kind)).toList();
  }
}
