package nl.redzaam.domain.trajectory;

import java.util.Objects;
import java.util.UUID;

public record NoteId(UUID value) {
  public NoteId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
