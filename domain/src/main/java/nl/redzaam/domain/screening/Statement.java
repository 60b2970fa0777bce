package nl.redzaam.domain.screening;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.Objects;
import java.util.regex.Pattern;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.Text;

/**
 * One statement of the self-assessment, written in the first person at B1 level ("Ik weet hoeveel
 * geld ik elke maand krijg."), that the resident rates from 1 to 5. The id is stable across
 * versions of the instrument as long as the statement means the same.
 */
public record Statement(String id, String text, Theme theme) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Statement {
    Objects.requireNonNull(id, "id");
    require(
        ID.matcher(id).matches() && id.length() <= 50,
        "statement-id-format",
        "A statement id is at most 50 lower-case letters, digits and dashes, not '" + id + "'");
    text = Text.required(text, "The statement text", 200);
    Objects.requireNonNull(theme, "theme");
  }
}
