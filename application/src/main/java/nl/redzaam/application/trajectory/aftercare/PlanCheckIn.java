package nl.redzaam.application.trajectory.aftercare;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** In aftercare, a coach plans a check-in (waakvlamgesprek) with the resident. */
public final class PlanCheckIn {

  public record Command(TrajectoryId trajectoryId, LocalDate on) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(on, "on");
    }
  }

  private final TrajectoryChanges changes;
  private final IdentityGenerator ids;

  @Inject
  public PlanCheckIn(TrajectoryChanges changes, IdentityGenerator ids) {
    this.changes = changes;
    this.ids = ids;
  }

  public CheckInId execute(Command command) {
    return changes.changeReturning(
        command.trajectoryId(),
        TrajectoryPermission.RUN_AFTERCARE,
        (trajectory, by) -> {
          CheckInId id = new CheckInId(ids.newId());
          trajectory.planCheckIn(id, command.on(), by.staff("plan a check-in"), by.now());
          return id;
        });
  }
}
