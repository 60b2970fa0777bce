package nl.redzaam.domain.trajectory;

import java.util.Objects;

/** One participant's answer to one evaluation question. */
public record EvaluationAnswer(Participant participant, String questionId, String text) {
  public EvaluationAnswer {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(text, "text");
  }
}
