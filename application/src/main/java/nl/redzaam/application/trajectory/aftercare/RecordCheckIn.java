package nl.redzaam.application.trajectory.aftercare;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach records that a planned check-in was held, with a short summary and whether the resident
 * still manages on their own.
 */
public final class RecordCheckIn {

  /**
   * @param stillIndependent null when the coach did not say; the KPI "still independent at the last
   *     check-in" counts only check-ins that say
   */
  public record Command(
      TrajectoryId trajectoryId, CheckInId checkInId, String summary, Boolean stillIndependent) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(checkInId, "checkInId");
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public RecordCheckIn(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.RUN_AFTERCARE,
        (trajectory, by) -> {
          var coach = by.staff("record a check-in");
          // An unknown id in the path is a missing resource, not a broken rule.
          if (trajectory.checkIns().stream().noneMatch(c -> c.id().equals(command.checkInId()))) {
            throw new NotFound("No check-in " + command.checkInId());
          }
          trajectory.recordCheckIn(
              command.checkInId(), command.summary(), command.stillIndependent(), coach, by.now());
        });
  }
}
