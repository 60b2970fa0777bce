package nl.redzaam.application.usecase;

import java.util.List;
import java.util.Objects;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach adds an assignment of their own for this resident, for the current week or a later one.
 */
public final class AddOwnAssignment {

  public record Command(
      TrajectoryId trajectoryId,
      int week,
      Theme theme,
      String title,
      String instruction,
      List<Question> questions) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(theme, "theme");
      questions = List.copyOf(questions);
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public AddOwnAssignment(
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

  /** Returns the new assignment's code. */
  public AssignmentCode execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.TAILOR, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "tailor the trajectory").staffMemberId();
    AssignmentCode code =
        trajectory.addOwnAssignment(
            command.week(),
            command.theme(),
            command.title(),
            command.instruction(),
            command.questions(),
            coach,
            clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
    return code;
  }
}
