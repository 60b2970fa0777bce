package nl.redzaam.domain.support;

import java.util.Objects;
import java.util.UUID;

public record SupportOrganisationId(UUID value) {
  public SupportOrganisationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
