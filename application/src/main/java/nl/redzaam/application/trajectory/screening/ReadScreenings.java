package nl.redzaam.application.trajectory.screening;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.ScreeningComparison;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A trajectory's screenings and, once start and end were taken alike, the growth per domain. */
public final class ReadScreenings {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param comparison start against end; empty until both were taken with the same instrument
   */
  public record Screenings(
      List<ScreeningResult> screenings, Optional<ScreeningComparison> comparison) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;

  @Inject
  public ReadScreenings(CurrentUser currentUser, TrajectoryAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  public Screenings execute(Query query) {
    var trajectory =
        access.require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId());
    return new Screenings(trajectory.screenings(), trajectory.screeningComparison());
  }
}
