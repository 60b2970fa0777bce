package nl.redzaam.domain.staff;

import java.util.Objects;
import java.util.UUID;

public record StaffMemberId(UUID value) {
  public StaffMemberId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
