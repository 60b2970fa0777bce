package nl.redzaam.application.trajectory.screening;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.SelfAssessmentRepository;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Records a screening (start, interim or end): either the scores per domain of an instrument such
 * as Mesis, entered by a coach, or the resident's answers to the self-assessment, which become one
 * score per theme.
 */
public final class RecordScreening {

  /**
   * Exactly one of {@code scores} (with the {@code instrument} they come from) and {@code
   * selfAssessmentAnswers} (1-5 per statement id) is given.
   */
  public record Command(
      TrajectoryId trajectoryId,
      ScreeningKind kind,
      String instrument,
      Map<String, BigDecimal> scores,
      Map<String, Integer> selfAssessmentAnswers) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(kind, "kind");
      scores = present(scores);
      selfAssessmentAnswers = present(selfAssessmentAnswers);
      require(
          scores.isEmpty() != selfAssessmentAnswers.isEmpty(),
          "scores-or-self-assessment",
          "A screening is either scores per domain or the answers to the self-assessment");
    }

    /** A null entry counts as not given (JSON {@code null}). */
    private static <V> Map<String, V> present(Map<String, V> map) {
      return map == null
          ? Map.of()
          : map.entrySet().stream()
              .filter(e -> e.getKey() != null && e.getValue() != null)
              .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    boolean bySelfAssessment() {
      return !selfAssessmentAnswers.isEmpty();
    }
  }

  private final TrajectoryChanges changes;
  private final SelfAssessmentRepository selfAssessments;
  private final IdentityGenerator ids;

  @Inject
  public RecordScreening(
      TrajectoryChanges changes, SelfAssessmentRepository selfAssessments, IdentityGenerator ids) {
    this.changes = changes;
    this.selfAssessments = selfAssessments;
    this.ids = ids;
  }

  public ScreeningResult execute(Command command) {
    return changes.changeReturning(
        command.trajectoryId(),
        TrajectoryPermission.RECORD_SCREENINGS,
        (trajectory, by) -> {
          // Scores of an instrument such as Mesis are a professional's judgement; the resident
          // screens themselves with the self-assessment.
          if (by.actor() instanceof Actor.ResidentActor && !command.bySelfAssessment()) {
            throw new AccessDenied("A resident records a screening through the self-assessment");
          }
          ScreeningResult result = screening(command, new ScreeningId(ids.newId()), by.today());
          trajectory.recordScreening(result, by.now());
          return result;
        });
  }

  private ScreeningResult screening(Command command, ScreeningId id, LocalDate today) {
    return command.bySelfAssessment()
        ? selfAssessments
            .current()
            .score(command.selfAssessmentAnswers(), command.kind(), id, today)
        : new ScreeningResult(
            id,
            command.kind(),
            command.instrument(),
            today,
            command.scores().entrySet().stream()
                .map(e -> new DomainScore(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(DomainScore::domain))
                .toList());
  }
}
