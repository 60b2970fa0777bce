package nl.redzaam.domain.resident;

import java.util.Objects;
import java.util.UUID;

public record ResidentId(UUID value) {
  public ResidentId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
