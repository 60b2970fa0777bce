package nl.redzaam.application.trajectory.weeklywork;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.CatalogueOf;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.WeekAssignment;

/** The assignments of one week of a trajectory (by default the current week), with progress. */
public final class ReadWeekAssignments {

  /**
   * @param week the week to show, or null for the current week
   */
  public record Query(TrajectoryId trajectoryId, Integer week) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      if (week != null && week < 1) {
        throw new RuleViolation("week-counts-from-one", "Weeks count from 1");
      }
    }
  }

  public record WeekOverview(
      TrajectoryId trajectoryId, int week, int currentWeek, List<WeekAssignment> assignments) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final CatalogueRepository catalogues;
  private final Clock clock;

  @Inject
  public ReadWeekAssignments(
      CurrentUser currentUser,
      TrajectoryAccess access,
      CatalogueRepository catalogues,
      Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.catalogues = catalogues;
    this.clock = clock;
  }

  public WeekOverview execute(Query query) {
    Actor actor = currentUser.actor();
    Trajectory trajectory = access.require(actor, TrajectoryPermission.VIEW, query.trajectoryId());
    int currentWeek = trajectory.currentWeek(clock.today());
    int week = query.week() == null ? currentWeek : query.week();
    // The resident gets new assignments week by week; professionals may look ahead.
    require(
        !(actor instanceof Actor.ResidentActor) || week <= currentWeek,
        "week-not-open-yet",
        "Week " + week + " has not started yet");
    List<WeekAssignment> assignments =
        week == 0
            ? List.of()
            : trajectory.assignmentsOfWeek(week, CatalogueOf.trajectory(catalogues, trajectory));
    return new WeekOverview(trajectory.id(), week, currentWeek, assignments);
  }
}
