package nl.redzaam.application.trajectory.aftercare;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.trajectory.CheckIn;
import nl.redzaam.domain.trajectory.EarlyStop;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** How a trajectory ends: the outcome, an early stop, the check-ins of aftercare. */
public final class ReadAftercare {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  public record Aftercare(
      Stage stage,
      Optional<Outcome> outcome,
      Optional<EarlyStop> earlyStop,
      List<CheckIn> checkIns) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;

  @Inject
  public ReadAftercare(CurrentUser currentUser, TrajectoryAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  public Aftercare execute(Query query) {
    var t = access.require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId());
    return new Aftercare(t.stage(), t.outcome(), t.earlyStop(), t.checkIns());
  }
}
