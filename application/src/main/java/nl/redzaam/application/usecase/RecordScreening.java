package nl.redzaam.application.usecase;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.SelfAssessmentRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.Trajectory;
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

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final SelfAssessmentRepository selfAssessments;
  private final IdentityGenerator ids;
  private final Clock clock;
  private final Notifications notifications;

  public RecordScreening(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      SelfAssessmentRepository selfAssessments,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.selfAssessments = selfAssessments;
    this.ids = ids;
    this.clock = clock;
    this.notifications = notifications;
  }

  public ScreeningResult execute(Command command) {
    Actor actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.RECORD_SCREENINGS, command.trajectoryId());
    // Scores of an instrument such as Mesis are a professional's judgement; the resident screens
    // themselves with the self-assessment.
    if (actor instanceof Actor.ResidentActor && !command.bySelfAssessment()) {
      throw new AccessDenied("A resident records a screening through the self-assessment");
    }
    ScreeningId id = new ScreeningId(ids.newId());
    ScreeningResult result =
        command.bySelfAssessment()
            ? selfAssessments
                .current()
                .score(command.selfAssessmentAnswers(), command.kind(), id, clock.today())
            : new ScreeningResult(
                id,
                command.kind(),
                command.instrument(),
                clock.today(),
                command.scores().entrySet().stream()
                    .map(e -> new DomainScore(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(DomainScore::domain))
                    .toList());
    trajectory.recordScreening(result, clock.now());
    trajectories.update(trajectory);
    notifications.happened(trajectory.releaseEvents());
    return result;
  }
}
