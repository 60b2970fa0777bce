package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.staff.StaffMemberId;

/** The notes the resident left on assignments, with the staff's replies, in the order written. */
final class Notes {

  private final List<Note> notes;

  Notes(List<Note> notes) {
    this.notes = new ArrayList<>(notes);
  }

  void leave(NoteId noteId, AssignmentCode code, String text, Instant now) {
    require(
        notes.stream().noneMatch(n -> n.id().equals(noteId)),
        "duplicate-note",
        "Note " + noteId + " already exists");
    notes.add(
        new Note(
            noteId,
            code,
            Text.required(text, "A note", Trajectory.MAX_TEXT_LENGTH),
            now,
            List.of()));
  }

  void reply(NoteId noteId, String text, StaffMemberId author, Instant now) {
    Note note =
        notes.stream()
            .filter(n -> n.id().equals(noteId))
            .findFirst()
            .orElseThrow(() -> new RuleViolation("unknown-note", "No note " + noteId));
    notes.set(
        notes.indexOf(note),
        note.withReply(
            new NoteReply(
                author, Text.required(text, "A reply", Trajectory.MAX_TEXT_LENGTH), now)));
  }

  /** When the resident wrote each note. */
  Stream<Instant> residentMoments() {
    return notes.stream().map(Note::writtenAt);
  }

  List<Note> all() {
    return List.copyOf(notes);
  }
}
