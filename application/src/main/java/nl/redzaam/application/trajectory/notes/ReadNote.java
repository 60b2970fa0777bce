package nl.redzaam.application.trajectory.notes;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.Note;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** One note of a trajectory with its replies. */
public final class ReadNote {

  public record Query(TrajectoryId trajectoryId, NoteId noteId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(noteId, "noteId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;

  @Inject
  public ReadNote(CurrentUser currentUser, TrajectoryAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  public Note execute(Query query) {
    return access
        .require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId())
        .notes()
        .stream()
        .filter(n -> n.id().equals(query.noteId()))
        .findFirst()
        .orElseThrow(() -> new NotFound("No note " + query.noteId()));
  }
}
