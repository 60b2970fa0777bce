package nl.redzaam.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, stored in lower case so that look-ups do not depend on how it was typed. */
public record EmailAddress(String value) {

  // Deliberately loose: one @, something before it, a dot in the domain. Delivery proves the rest.
  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  public EmailAddress {
    if (value == null || !SHAPE.matcher(value.strip()).matches() || value.strip().length() > 254) {
      throw new RuleViolation("invalid-email-address", "Not a valid email address: " + value);
    }
    value = value.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
