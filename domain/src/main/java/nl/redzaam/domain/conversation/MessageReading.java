package nl.redzaam.domain.conversation;

import java.time.Instant;
import java.util.Objects;

/** That, and when, someone read a message. */
public record MessageReading(Correspondent reader, Instant readAt) {
  public MessageReading {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(readAt, "readAt");
  }
}
