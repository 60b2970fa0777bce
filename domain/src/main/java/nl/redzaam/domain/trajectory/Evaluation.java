package nl.redzaam.domain.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.method.EvaluationKind;

/**
 * The start conversation, the mid evaluation or the final evaluation: the questions (copied from
 * the catalogue when it opened), each participant's answers and the joint conclusion.
 */
public record Evaluation(
    EvaluationKind kind,
    LocalDate openedOn,
    List<EvaluationQuestion> questions,
    List<EvaluationAnswer> answers,
    String jointConclusion,
    LocalDate concludedOn) {

  public Evaluation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(openedOn, "openedOn");
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
  }

  public boolean concluded() {
    return concludedOn != null;
  }

  boolean asks(String questionId) {
    return questions.stream().anyMatch(q -> q.id().equals(questionId));
  }

  /** Replaces whatever this participant answered before with the new answers. */
  Evaluation withAnswersOf(Participant participant, List<EvaluationAnswer> newAnswers) {
    List<EvaluationAnswer> all = new ArrayList<>(answers);
    all.removeIf(a -> a.participant().equals(participant));
    all.addAll(newAnswers);
    return new Evaluation(kind, openedOn, questions, all, jointConclusion, concludedOn);
  }

  Evaluation concludedWith(String conclusion, LocalDate on) {
    return new Evaluation(kind, openedOn, questions, answers, conclusion, on);
  }
}
