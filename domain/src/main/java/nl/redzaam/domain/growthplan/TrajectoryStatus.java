package nl.redzaam.domain.growthplan;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.Objects;
import java.util.Set;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * What the growth plan needs to know of its trajectory when a coach changes it: the stage it is at
 * and who acts as its coach (its coaches and, while accepted, a stand-in). The use case reads it
 * from the trajectory it loaded ({@link #of}) and hands it to the plan, the way a trajectory is
 * handed its catalogue: the plan holds no trajectory.
 */
public record TrajectoryStatus(
    TrajectoryId trajectoryId, Stage stage, Set<StaffMemberId> actingCoaches) {

  public TrajectoryStatus {
    Objects.requireNonNull(trajectoryId, "trajectoryId");
    Objects.requireNonNull(stage, "stage");
    actingCoaches = Set.copyOf(actingCoaches);
  }

  /** The status of the trajectory as loaded now. */
  public static TrajectoryStatus of(Trajectory trajectory) {
    return new TrajectoryStatus(trajectory.id(), trajectory.stage(), trajectory.actingCoaches());
  }

  /** A closed trajectory is read-only, its plan too; an open one changes by its coaches. */
  void requireCoach(StaffMemberId coach, String action) {
    require(
        stage != Stage.CLOSED,
        "closed-trajectory-is-read-only",
        "The trajectory is closed and can no longer change");
    require(
        coach != null && actingCoaches.contains(coach),
        "coach-only",
        "Only a coach of this trajectory may " + action);
  }

  void requireFromStartConversation() {
    require(
        stage.compareTo(Stage.START_CONVERSATION) >= 0,
        "growth-plan-from-start-conversation",
        "The growth plan is made at the start conversation");
  }
}
