package nl.redzaam.application.trajectory.weeklywork;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.CatalogueOf;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.ThemeProgress;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** How far the resident is per theme, for everyone who may view the trajectory. */
public final class ReadThemeProgress {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param themes every theme in the method's order
   */
  public record Overview(int currentWeek, List<ThemeProgress> themes) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final CatalogueRepository catalogues;
  private final Clock clock;

  @Inject
  public ReadThemeProgress(
      CurrentUser currentUser,
      TrajectoryAccess access,
      CatalogueRepository catalogues,
      Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.catalogues = catalogues;
    this.clock = clock;
  }

  public Overview execute(Query query) {
    Trajectory trajectory =
        access.require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId());
    return new Overview(
        trajectory.currentWeek(clock.today()),
        trajectory.themeProgress(CatalogueOf.trajectory(catalogues, trajectory), clock.today()));
  }
}
