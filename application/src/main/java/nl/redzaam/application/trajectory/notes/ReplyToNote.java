package nl.redzaam.application.trajectory.notes;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach, a stand-in coach or a specialist replies to a resident's note. */
public final class ReplyToNote {

  public record Command(TrajectoryId trajectoryId, NoteId noteId, String text) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(noteId, "noteId");
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public ReplyToNote(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.REPLY_TO_NOTES,
        (trajectory, by) -> {
          var staff = by.staff("reply to a note");
          // The note is named in the path: a missing one is "not found", not a broken rule.
          if (trajectory.notes().stream().noneMatch(n -> n.id().equals(command.noteId()))) {
            throw new NotFound("No note " + command.noteId());
          }
          trajectory.replyToNote(command.noteId(), command.text(), staff, by.now());
        });
  }
}
