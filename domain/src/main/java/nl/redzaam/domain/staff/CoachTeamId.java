package nl.redzaam.domain.staff;

import java.util.Objects;
import java.util.UUID;

public record CoachTeamId(UUID value) {
  public CoachTeamId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
