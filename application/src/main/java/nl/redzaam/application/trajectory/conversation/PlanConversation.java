package nl.redzaam.application.trajectory.conversation;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
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

  private final TrajectoryChanges changes;

  @Inject
  public PlanConversation(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void plan(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.PLAN_CONVERSATIONS,
        (trajectory, by) ->
            trajectory.planConversation(
                command.startsAt(), command.place(), by.staff("plan a conversation"), by.now()));
  }

  public void cancel(TrajectoryId trajectoryId) {
    changes.change(
        trajectoryId,
        TrajectoryPermission.PLAN_CONVERSATIONS,
        (trajectory, by) ->
            trajectory.cancelConversation(by.staff("cancel a conversation"), by.now()));
  }
}
