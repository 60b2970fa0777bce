package nl.redzaam.application.trajectory.report;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.courtadvice.CourtRecommendation;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The specialist of a protective-administration trajectory writes (or rewrites) the draft of the
 * advice to the sub-district court: continue, end or change the administration, with reasons.
 */
public final class WriteCourtAdvice {

  /**
   * @param expectedVersion the version of the advice the specialist read; 0 when there was none
   */
  public record Command(
      TrajectoryId trajectoryId,
      CourtRecommendation recommendation,
      String reasons,
      long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(recommendation, "recommendation");
    }
  }

  private final CourtAdviceChanges changes;

  @Inject
  public WriteCourtAdvice(CourtAdviceChanges changes) {
    this.changes = changes;
  }

  /**
   * @return the version the advice is stored at now
   */
  public long execute(Command command) {
    return changes.changeAt(
        command.expectedVersion(),
        command.trajectoryId(),
        (stored, trajectory, specialist, today) -> {
          if (stored.isEmpty()) {
            return CourtAdvice.draft(
                trajectory, command.recommendation(), command.reasons(), specialist, today);
          }
          stored
              .get()
              .revise(trajectory, command.recommendation(), command.reasons(), specialist, today);
          return stored.get();
        });
  }
}
