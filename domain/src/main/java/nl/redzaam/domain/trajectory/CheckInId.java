package nl.redzaam.domain.trajectory;

import java.util.Objects;
import java.util.UUID;

public record CheckInId(UUID value) {
  public CheckInId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
