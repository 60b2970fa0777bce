package nl.redzaam.domain.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.redzaam.domain.shared.RuleViolation;

/**
 * How a question is answered. Answers travel as text; {@link #normalise} checks that a text fits
 * the type and returns its canonical form.
 */
public enum AnswerType {
  FREE_TEXT,
  YES_NO,
  CHOICE,
  AMOUNT,
  DATE;

  static final int MAX_TEXT_LENGTH = 4000;

  /** Returns the canonical form of {@code raw}, or fails when it does not fit this type. */
  public String normalise(String raw, List<String> options) {
    if (raw == null || raw.isBlank()) {
      throw invalid("an answer must not be empty");
    }
    String value = raw.strip();
    return switch (this) {
      case FREE_TEXT -> {
        if (value.length() > MAX_TEXT_LENGTH) {
          throw invalid("a text answer must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        yield value;
      }
      case YES_NO -> {
        if (!value.equals("yes") && !value.equals("no")) {
          throw invalid("a yes/no answer must be 'yes' or 'no'");
        }
        yield value;
      }
      case CHOICE -> {
        if (!options.contains(value)) {
          throw invalid("the answer must be one of " + options);
        }
        yield value;
      }
      case AMOUNT -> {
        try {
          BigDecimal amount = new BigDecimal(value.replace(',', '.'));
          if (amount.signum() < 0
              || amount.scale() > 2
              || amount.precision() - amount.scale() > 9) {
            throw invalid("an amount must be zero or more, in euros with at most two decimals");
          }
          yield amount.setScale(2).toPlainString();
        } catch (NumberFormatException e) {
          throw invalid("an amount must be a number such as 12.50");
        }
      }
      case DATE -> {
        try {
          yield LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
          throw invalid("a date must be written as yyyy-mm-dd");
        }
      }
    };
  }

  private static RuleViolation invalid(String why) {
    return new RuleViolation("answer-does-not-fit-question", "Invalid answer: " + why);
  }
}
