package nl.redzaam.domain.trajectory;

import java.time.Instant;
import java.util.Objects;
import nl.redzaam.domain.staff.StaffMemberId;

/** A professional's reply to a resident's note. */
public record NoteReply(StaffMemberId author, String text, Instant writtenAt) {
  public NoteReply {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(writtenAt, "writtenAt");
  }
}
