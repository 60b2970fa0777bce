package nl.redzaam.domain.trajectory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A "pilot light" conversation (waakvlamgesprek) in aftercare: planned, and later held.
 *
 * @param stillIndependent what the coach found when it was held: true when the resident still
 *     manages on their own, false when they need support again; null when not held or not recorded
 */
public record CheckIn(
    CheckInId id, LocalDate plannedOn, LocalDate heldOn, String summary, Boolean stillIndependent) {
  public CheckIn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plannedOn, "plannedOn");
  }

  public boolean held() {
    return heldOn != null;
  }
}
