package nl.redzaam.application.usecase;

import java.util.Objects;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach reviews submitted answers: approved, or back to the resident with feedback. */
public final class ReviewAnswers {

  public enum Verdict {
    APPROVED,
    NEEDS_REWORK
  }

  public record Command(
      TrajectoryId trajectoryId, AssignmentCode assignment, Verdict verdict, String feedback) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public ReviewAnswers(
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
        access.require(actor, TrajectoryPermission.REVIEW_ANSWERS, command.trajectoryId());
    StaffActor staff = TrajectoryAccess.staff(actor, "review answers");
    if (command.verdict() == Verdict.APPROVED) {
      trajectory.approve(command.assignment(), staff.staffMemberId(), clock.now());
    } else {
      trajectory.requestRework(
          command.assignment(), command.feedback(), staff.staffMemberId(), clock.now());
    }
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
