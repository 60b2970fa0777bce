package nl.redzaam.domain.trajectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.catalogue.AssignmentCode;

/** A note the resident left on an assignment, for example asking for help, with the replies. */
public record Note(
    NoteId id, AssignmentCode assignment, String text, Instant writtenAt, List<NoteReply> replies) {

  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(writtenAt, "writtenAt");
    replies = List.copyOf(replies);
  }

  /** A note nobody has replied to yet waits for the coach. */
  public boolean awaitsReply() {
    return replies.isEmpty();
  }

  Note withReply(NoteReply reply) {
    List<NoteReply> all = new ArrayList<>(replies);
    all.add(reply);
    return new Note(id, assignment, text, writtenAt, all);
  }
}
