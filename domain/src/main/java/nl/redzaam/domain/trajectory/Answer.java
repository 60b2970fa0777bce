package nl.redzaam.domain.trajectory;

import java.util.Objects;

/** The resident's answer to one question, in the canonical form of the question's answer type. */
public record Answer(String questionId, String value) {
  public Answer {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(value, "value");
  }
}
