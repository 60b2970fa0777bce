package nl.redzaam.domain.growthplan;

import java.util.Objects;
import java.util.UUID;

public record GoalId(UUID value) {
  public GoalId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
