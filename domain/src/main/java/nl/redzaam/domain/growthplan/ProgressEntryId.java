package nl.redzaam.domain.growthplan;

import java.util.Objects;
import java.util.UUID;

public record ProgressEntryId(UUID value) {
  public ProgressEntryId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
