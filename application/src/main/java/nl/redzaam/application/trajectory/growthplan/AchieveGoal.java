package nl.redzaam.application.trajectory.growthplan;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach marks a goal of the growth plan as achieved. The command names the version of the growth
 * plan it is based on; when someone changed the plan since, the change is refused ({@link
 * nl.redzaam.application.StaleVersion}).
 */
public final class AchieveGoal {

  public record Command(TrajectoryId trajectoryId, GoalId goalId, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(goalId, "goalId");
    }
  }

  private final GrowthPlanChanges changes;

  @Inject
  public AchieveGoal(GrowthPlanChanges changes) {
    this.changes = changes;
  }

  /** Returns the growth plan's new version. */
  public long execute(Command command) {
    return changes.changeAt(
        command.expectedVersion(),
        command.trajectoryId(),
        (plan, by) -> {
          var coach = by.coach();
          // The goal is named in the path: a missing one is "not found", not a broken rule.
          if (plan.goal(command.goalId()).isEmpty()) {
            throw new NotFound("No goal " + command.goalId());
          }
          plan.achieveGoal(command.goalId(), coach, by.trajectory(), by.now());
        });
  }
}
