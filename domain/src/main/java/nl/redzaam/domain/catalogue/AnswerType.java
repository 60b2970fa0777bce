package nl.redzaam.domain.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
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

  private static final Pattern AMOUNT_SHAPE = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

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
        // Digits with an optional comma or dot and one or two decimals: what people type for euros.
        if (!AMOUNT_SHAPE.matcher(value).matches()) {
          throw invalid("an amount must be zero or more, in euros with at most two decimals");
        }
        yield new BigDecimal(value.replace(',', '.')).setScale(2).toPlainString();
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
