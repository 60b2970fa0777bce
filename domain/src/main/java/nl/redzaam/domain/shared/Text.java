package nl.redzaam.domain.shared;

/** Checks for the free texts people type: present, trimmed and not absurdly long. */
public final class Text {

  private Text() {}

  /** Returns the trimmed text, or fails when it is blank or longer than {@code maxLength}. */
  public static String required(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new RuleViolation("text-required", what + " must not be empty");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new RuleViolation(
          "text-too-long", what + " must be at most " + maxLength + " characters");
    }
    return trimmed;
  }

  /** Like {@link #required} but allows null or blank, which become null. */
  public static String optional(String value, String what, int maxLength) {
    return value == null || value.isBlank() ? null : required(value, what, maxLength);
  }
}
