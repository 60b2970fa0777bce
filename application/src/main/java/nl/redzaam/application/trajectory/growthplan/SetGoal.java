package nl.redzaam.application.trajectory.growthplan;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach records one of the resident's goals in the growth plan, optionally tied to a theme. The
 * command names the version of the growth plan it is based on; when someone changed the plan since,
 * the change is refused ({@link nl.redzaam.application.StaleVersion}).
 */
public final class SetGoal {

  public record Command(
      TrajectoryId trajectoryId, String description, Theme theme, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param version the version the growth plan is stored at now, for the next change
   */
  public record Created(GoalId id, long version) {}

  private final GrowthPlanChanges changes;
  private final IdentityGenerator ids;

  @Inject
  public SetGoal(GrowthPlanChanges changes, IdentityGenerator ids) {
    this.changes = changes;
    this.ids = ids;
  }

  public Created execute(Command command) {
    GoalId id = new GoalId(ids.newId());
    long version =
        changes.changeAt(
            command.expectedVersion(),
            command.trajectoryId(),
            (plan, by) ->
                plan.setGoal(
                    id,
                    command.description(),
                    command.theme(),
                    by.coach(),
                    by.trajectory(),
                    by.now()));
    return new Created(id, version);
  }
}
