package nl.redzaam.application.trajectory.notes;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** The resident leaves a note on an assignment, for example to ask the coach for help. */
public final class LeaveNote {

  public record Command(TrajectoryId trajectoryId, AssignmentCode assignment, String text) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
    }
  }

  private final TrajectoryChanges changes;
  private final IdentityGenerator ids;

  @Inject
  public LeaveNote(TrajectoryChanges changes, IdentityGenerator ids) {
    this.changes = changes;
    this.ids = ids;
  }

  /** Returns the new note's id. */
  public NoteId execute(Command command) {
    return changes.changeReturning(
        command.trajectoryId(),
        TrajectoryPermission.WRITE_NOTES,
        (trajectory, by) -> {
          by.resident("leave a note");
          NoteId id = new NoteId(ids.newId());
          trajectory.leaveNote(id, command.assignment(), command.text(), by.catalogue(), by.now());
          return id;
        });
  }
}
