package nl.redzaam.application.trajectory.growthplan;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.ProgressEntryId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach records progress in the growth plan, on one goal or on the plan as a whole. The command
 * names the version of the growth plan it is based on; when someone changed the plan since, the
 * change is refused ({@link nl.redzaam.application.StaleVersion}).
 */
public final class RecordProgress {

  public record Command(
      TrajectoryId trajectoryId, GoalId goalId, String text, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param version the version the growth plan is stored at now, for the next change
   */
  public record Created(ProgressEntryId id, long version) {}

  private final GrowthPlanChanges changes;
  private final IdentityGenerator ids;

  @Inject
  public RecordProgress(GrowthPlanChanges changes, IdentityGenerator ids) {
    this.changes = changes;
    this.ids = ids;
  }

  public Created execute(Command command) {
    ProgressEntryId id = new ProgressEntryId(ids.newId());
    long version =
        changes.changeAt(
            command.expectedVersion(),
            command.trajectoryId(),
            (plan, by) ->
                plan.recordProgress(
                    id, command.goalId(), command.text(), by.coach(), by.trajectory(), by.now()));
    return new Created(id, version);
  }
}
