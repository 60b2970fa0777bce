package nl.redzaam.application.usecase;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.domain.trajectory.GoalId;
import nl.redzaam.domain.trajectory.ProgressEntryId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach records progress in the growth plan, on one goal or on the plan as a whole. The command
 * names the version of the trajectory it is based on; when someone changed the trajectory since,
 * the change is refused ({@link nl.redzaam.application.StaleVersion}).
 */
public final class RecordProgress {

  public record Command(
      TrajectoryId trajectoryId, GoalId goalId, String text, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param version the version the trajectory is stored at now, for the next change
   */
  public record Created(ProgressEntryId id, long version) {}

  private final TrajectoryChanges changes;
  private final IdentityGenerator ids;

  @Inject
  public RecordProgress(TrajectoryChanges changes, IdentityGenerator ids) {
    this.changes = changes;
    this.ids = ids;
  }

  public Created execute(Command command) {
    ProgressEntryId id = new ProgressEntryId(ids.newId());
    long version =
        changes.changeAt(
            command.expectedVersion(),
            command.trajectoryId(),
            TrajectoryPermission.EDIT_GROWTH_PLAN,
            (trajectory, by) ->
                trajectory.recordProgress(
                    id,
                    command.goalId(),
                    command.text(),
                    by.staff("keep the growth plan"),
                    by.now()));
    return new Created(id, version);
  }
}
