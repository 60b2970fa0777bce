package nl.redzaam.domain.trajectory;

import java.time.LocalDate;
import java.util.Objects;

/** A "pilot light" conversation (waakvlamgesprek) in aftercare: planned, and later held. */
public record CheckIn(CheckInId id, LocalDate plannedOn, LocalDate heldOn, String summary) {
  public CheckIn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plannedOn, "plannedOn");
  }

  public boolean held() {
    return heldOn != null;
  }
}
