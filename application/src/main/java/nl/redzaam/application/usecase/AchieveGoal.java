package nl.redzaam.application.usecase;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.domain.trajectory.GoalId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach marks a goal of the growth plan as achieved. The command names the version of the
 * trajectory it is based on; when someone changed the trajectory since, the change is refused
 * ({@link nl.redzaam.application.StaleVersion}).
 */
public final class AchieveGoal {

  public record Command(TrajectoryId trajectoryId, GoalId goalId, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(goalId, "goalId");
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public AchieveGoal(TrajectoryChanges changes) {
    this.changes = changes;
  }

  /** Returns the trajectory's new version. */
  public long execute(Command command) {
    return changes.changeAt(
        command.expectedVersion(),
        command.trajectoryId(),
        TrajectoryPermission.EDIT_GROWTH_PLAN,
        (trajectory, by) -> {
          var coach = by.staff("keep the growth plan");
          // The goal is named in the path: a missing one is "not found", not a broken rule.
          if (trajectory.growthPlan().goal(command.goalId()).isEmpty()) {
            throw new NotFound("No goal " + command.goalId());
          }
          trajectory.achieveGoal(command.goalId(), coach, by.now());
        });
  }
}
