package nl.redzaam.domain.support;

import java.util.Objects;
import java.util.UUID;

public record SupportWorkerId(UUID value) {
  public SupportWorkerId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
