package nl.redzaam.domain.growthplan;

import java.util.Objects;
import java.util.UUID;

public record AgreementId(UUID value) {
  public AgreementId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
