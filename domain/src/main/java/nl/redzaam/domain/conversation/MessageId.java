package nl.redzaam.domain.conversation;

import java.util.Objects;
import java.util.UUID;

public record MessageId(UUID value) {
  public MessageId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
