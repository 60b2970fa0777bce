package nl.redzaam.application.trajectory.report;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The specialist marks the advice to the court final, once the final evaluation set the outcome;
 * the final report then says it is final, and the advice no longer changes.
 */
public final class MakeCourtAdviceFinal {

  public record Command(TrajectoryId trajectoryId, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  private final CourtAdviceChanges changes;

  @Inject
  public MakeCourtAdviceFinal(CourtAdviceChanges changes) {
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
          var advice =
              stored.orElseThrow(
                  () ->
                      new RuleViolation(
                          "court-advice-not-written",
                          "Write the advice to the court before making it final"));
          advice.makeFinal(trajectory, specialist, today);
          return advice;
        });
  }
}
