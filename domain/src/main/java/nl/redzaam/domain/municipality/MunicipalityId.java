package nl.redzaam.domain.municipality;

import java.util.Objects;
import java.util.UUID;

public record MunicipalityId(UUID value) {
  public MunicipalityId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
