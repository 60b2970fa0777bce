package nl.redzaam.application.trajectory.report;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.application.port.CourtAdviceRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** The advice to the court as it stands, for everyone who may download the final report. */
public final class ReadCourtAdvice {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final CourtAdviceRepository advice;

  @Inject
  public ReadCourtAdvice(
      CurrentUser currentUser, TrajectoryAccess access, CourtAdviceRepository advice) {
    this.currentUser = currentUser;
    this.access = access;
    this.advice = advice;
  }

  /** Empty while the specialist has not written it. */
  public Optional<CourtAdvice> execute(Query query) {
    access.require(
        currentUser.actor(), TrajectoryPermission.DOWNLOAD_FINAL_REPORT, query.trajectoryId());
    return advice.find(query.trajectoryId());
  }
}
