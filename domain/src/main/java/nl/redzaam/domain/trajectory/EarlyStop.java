package nl.redzaam.domain.trajectory;

import java.time.LocalDate;
import java.util.Objects;
import nl.redzaam.domain.staff.StaffMemberId;

/** The record of a coach stopping the trajectory early, and why. */
public record EarlyStop(
    EarlyStopReason reason, String explanation, LocalDate stoppedOn, StaffMemberId stoppedBy) {
  public EarlyStop {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(stoppedOn, "stoppedOn");
    Objects.requireNonNull(stoppedBy, "stoppedBy");
  }
}
