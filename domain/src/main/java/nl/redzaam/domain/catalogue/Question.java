package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.shared.Text;

/**
 * A question of an assignment. Invariants: a choice question offers at least two distinct options;
 * other types offer none.
 */
public record Question(
    String id, String text, AnswerType type, List<String> options, boolean required) {

  public Question {
    require(
        id != null && id.matches("[a-z0-9][a-z0-9-]{0,39}"),
        "invalid-question-id",
        "A question id is lower-case letters, digits and dashes: " + id);
    text = Text.required(text, "A question's text", 1000);
    Objects.requireNonNull(type, "type");
    options = options.stream().map(o -> Text.required(o, "A choice option", 200)).toList();
    if (type == AnswerType.CHOICE) {
      require(
          options.size() >= 2 && options.stream().distinct().count() == options.size(),
          "choice-needs-options",
          "A choice question needs at least two different options: " + id);
    } else {
      require(
          options.isEmpty(),
          "only-choice-has-options",
          "Only a choice question has options: " + id);
    }
  }

  /** Returns the canonical form of an answer to this question, or fails when it does not fit. */
  public String normalise(String answer) {
    return type.normalise(answer, options);
  }
}
