package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** The resident leaves a note on an assignment, for example to ask the coach for help. */
public final class LeaveNote {

  public record Command(TrajectoryId trajectoryId, AssignmentCode assignment, String text) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final CatalogueRepository catalogues;
  private final IdentityGenerator ids;
  private final Clock clock;
  private final Notifications notifications;

  public LeaveNote(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.catalogues = catalogues;
    this.ids = ids;
    this.clock = clock;
    this.notifications = notifications;
  }

  /** Returns the new note's id. */
  public NoteId execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.WRITE_NOTES, command.trajectoryId());
    TrajectoryAccess.resident(actor, "leave a note");
    NoteId id = new NoteId(ids.newId());
    trajectory.leaveNote(
        id,
        command.assignment(),
        command.text(),
        CatalogueOf.trajectory(catalogues, trajectory),
        clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
    return id;
  }
}
