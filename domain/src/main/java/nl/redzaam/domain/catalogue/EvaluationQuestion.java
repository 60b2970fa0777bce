package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.shared.RuleViolation.require;

import nl.redzaam.domain.shared.Text;

/** A question asked of every participant at an evaluation; answered in free text. */
public record EvaluationQuestion(String id, String text) {
  public EvaluationQuestion {
    require(
        id != null && id.matches("[a-z0-9][a-z0-9-]{0,39}"),
        "invalid-question-id",
        "A question id is lower-case letters, digits and dashes: " + id);
    text = Text.required(text, "An evaluation question", 1000);
  }
}
