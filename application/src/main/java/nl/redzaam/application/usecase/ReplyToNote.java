package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach, a stand-in coach or a specialist replies to a resident's note. */
public final class ReplyToNote {

  public record Command(TrajectoryId trajectoryId, NoteId noteId, String text) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(noteId, "noteId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public ReplyToNote(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.clock = clock;
    this.notifications = notifications;
  }

  public void execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.REPLY_TO_NOTES, command.trajectoryId());
    StaffActor staff = TrajectoryAccess.staff(actor, "reply to a note");
    // The note is named in the path: a missing one is "not found", not a broken rule.
    if (trajectory.notes().stream().noneMatch(n -> n.id().equals(command.noteId()))) {
      throw new NotFound("No note " + command.noteId());
    }
    trajectory.replyToNote(command.noteId(), command.text(), staff.staffMemberId(), clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
