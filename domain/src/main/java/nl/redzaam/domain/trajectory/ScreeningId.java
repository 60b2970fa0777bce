package nl.redzaam.domain.trajectory;

import java.util.Objects;
import java.util.UUID;

public record ScreeningId(UUID value) {
  public ScreeningId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
