package nl.redzaam.domain.support;

import java.util.Objects;
import java.util.UUID;

public record SupportGrantId(UUID value) {
  public SupportGrantId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
