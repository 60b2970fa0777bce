package nl.redzaam.application.usecase;

import java.time.LocalDateTime;
import java.util.Objects;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach plans the next conversation with the resident (time and place), or cancels it. The
 * resident sees it on the home screen of the app.
 */
public final class PlanConversation {

  public record Command(TrajectoryId trajectoryId, LocalDateTime startsAt, String place) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(startsAt, "startsAt");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final Clock clock;
  private final Notifications notifications;

  public PlanConversation(
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

  public void plan(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.PLAN_CONVERSATIONS, command.trajectoryId());
    var coach = TrajectoryAccess.staff(actor, "plan a conversation");
    trajectory.planConversation(
        command.startsAt(), command.place(), coach.staffMemberId(), clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }

  public void cancel(TrajectoryId trajectoryId) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.PLAN_CONVERSATIONS, trajectoryId);
    var coach = TrajectoryAccess.staff(actor, "cancel a conversation");
    trajectory.cancelConversation(coach.staffMemberId(), clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
  }
}
