package nl.redzaam.application.trajectory.report;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.CourtAdviceRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The one way a use case changes the advice to the court, like the growth plan's changes: load the
 * trajectory with the access check (which writes the access log), load the advice, refuse unless it
 * is still at the version the caller read (0 for none yet), change it, store it.
 */
public final class CourtAdviceChanges {

  /** A change to the advice; {@code stored} is empty when none was written yet. */
  @FunctionalInterface
  public interface Change {
    CourtAdvice apply(
        Optional<CourtAdvice> stored,
        Trajectory trajectory,
        StaffMemberId specialist,
        LocalDate today);
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final CourtAdviceRepository advice;
  private final Clock clock;

  @Inject
  public CourtAdviceChanges(
      CurrentUser currentUser, TrajectoryAccess access, CourtAdviceRepository advice, Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.advice = advice;
    this.clock = clock;
  }

  /**
   * @return the version the advice is stored at now
   * @throws StaleVersion when the advice changed since {@code expectedVersion}
   */
  public long changeAt(long expectedVersion, TrajectoryId id, Change change) {
    var actor = currentUser.actor();
    Trajectory trajectory = access.require(actor, TrajectoryPermission.WRITE_COURT_ADVICE, id);
    StaffMemberId specialist =
        TrajectoryAccess.staff(actor, "write the advice to the court").staffMemberId();
    Optional<CourtAdvice> stored = advice.find(id);
    StaleVersion.require(
        expectedVersion, stored.map(CourtAdvice::version).orElse(0L), "The advice to the court");
    CourtAdvice changed = change.apply(stored, trajectory, specialist, clock.today());
    try {
      if (stored.isPresent()) {
        advice.update(changed);
      } else {
        advice.add(changed);
      }
    } catch (ConcurrentUpdateException e) {
      throw new StaleVersion("Someone changed the advice to the court while it was stored", e);
    }
    return changed.version() + 1;
  }
}
