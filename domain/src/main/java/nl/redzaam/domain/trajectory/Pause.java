package nl.redzaam.domain.trajectory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period in which the weeks stand still, from {@code from} up to (not including) {@code until};
 * {@code until} is null while the pause lasts.
 */
public record Pause(LocalDate from, LocalDate until) {
  public Pause {
    Objects.requireNonNull(from, "from");
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("A pause cannot end before it starts");
    }
  }

  boolean ongoing() {
    return until == null;
  }

  boolean covers(LocalDate day) {
    return !day.isBefore(from) && (until == null || day.isBefore(until));
  }
}
