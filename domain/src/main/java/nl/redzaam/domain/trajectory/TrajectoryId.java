package nl.redzaam.domain.trajectory;

import java.util.Objects;
import java.util.UUID;

public record TrajectoryId(UUID value) {
  public TrajectoryId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
