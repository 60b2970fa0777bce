package nl.redzaam.domain.courtadvice;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The specialist's advice to the sub-district court, part of the final report of a
 * protective-administration trajectory. An aggregate of its own, keyed by the trajectory, so that
 * writing it never makes work on the trajectory stale. Its rules:
 *
 * <ul>
 *   <li>only a protective-administration trajectory has one, and only its specialist writes it;
 *   <li>it is written from the final evaluation on: it rests on the joint conclusion;
 *   <li>a draft can be rewritten; once the specialist marks it final (after the outcome is set) it
 *       no longer changes, because the court may already have it.
 * </ul>
 *
 * The trajectory comes in as a parameter, read by the use case: the advice holds no trajectory.
 */
public final class CourtAdvice implements AggregateRoot<TrajectoryId> {

  public static final int MAX_REASONS_LENGTH = 8000;

  private final TrajectoryId trajectoryId;
  private CourtRecommendation recommendation;
  private String reasons;
  private StaffMemberId writtenBy;
  private LocalDate writtenOn;
  private LocalDate finalisedOn;
  private final long version;

  /** Rebuilds stored advice, without replaying rules: it was valid when saved. */
  public CourtAdvice(
      TrajectoryId trajectoryId,
      CourtRecommendation recommendation,
      String reasons,
      StaffMemberId writtenBy,
      LocalDate writtenOn,
      LocalDate finalisedOn,
      long version) {
    this.trajectoryId = Objects.requireNonNull(trajectoryId, "trajectoryId");
    this.recommendation = Objects.requireNonNull(recommendation, "recommendation");
    this.reasons = Objects.requireNonNull(reasons, "reasons");
    this.writtenBy = Objects.requireNonNull(writtenBy, "writtenBy");
    this.writtenOn = Objects.requireNonNull(writtenOn, "writtenOn");
    this.finalisedOn = finalisedOn;
    this.version = version;
  }

  /** The specialist's first draft of the advice. */
  public static CourtAdvice draft(
      Trajectory trajectory,
      CourtRecommendation recommendation,
      String reasons,
      StaffMemberId specialist,
      LocalDate today) {
    requireWriter(trajectory, specialist);
    return new CourtAdvice(
        trajectory.id(),
        Objects.requireNonNull(recommendation, "recommendation"),
        Text.required(reasons, "The reasons of the advice", MAX_REASONS_LENGTH),
        specialist,
        today,
        null,
        0);
  }

  /** The specialist rewrites the draft; the one who rewrote it last is its author. */
  public void revise(
      Trajectory trajectory,
      CourtRecommendation newRecommendation,
      String newReasons,
      StaffMemberId specialist,
      LocalDate today) {
    requireWriter(trajectory, specialist);
    requireDraft();
    recommendation = Objects.requireNonNull(newRecommendation, "recommendation");
    reasons = Text.required(newReasons, "The reasons of the advice", MAX_REASONS_LENGTH);
    writtenBy = specialist;
    writtenOn = today;
  }

  /** The specialist marks the advice final: from now on the report carries it unchanged. */
  public void makeFinal(Trajectory trajectory, StaffMemberId specialist, LocalDate today) {
    requireWriter(trajectory, specialist);
    requireDraft();
    require(
        trajectory.outcome().isPresent(),
        "court-advice-needs-outcome",
        "The advice can be made final once the final evaluation has set the outcome");
    finalisedOn = today;
  }

  private void requireDraft() {
    require(
        finalisedOn == null,
        "court-advice-final",
        "The advice to the court is final since " + finalisedOn + " and no longer changes");
  }

  private static void requireWriter(Trajectory trajectory, StaffMemberId specialist) {
    require(
        trajectory.type() == TrajectoryType.PROTECTIVE_ADMINISTRATION,
        "court-advice-only-for-protective-administration",
        "Only a protective-administration trajectory has an advice to the court");
    require(
        specialist != null && trajectory.isSpecialist(specialist),
        "specialist-only",
        "Only a specialist of this trajectory may write the advice to the court");
    require(
        trajectory.stage().compareTo(Stage.FINAL_EVALUATION) >= 0,
        "court-advice-from-final-evaluation",
        "The advice to the court is written from the final evaluation on");
  }

  public boolean isFinal() {
    return finalisedOn != null;
  }

  @Override
  public TrajectoryId id() {
    return trajectoryId;
  }

  public TrajectoryId trajectoryId() {
    return trajectoryId;
  }

  public CourtRecommendation recommendation() {
    return recommendation;
  }

  public String reasons() {
    return reasons;
  }

  public StaffMemberId writtenBy() {
    return writtenBy;
  }

  public LocalDate writtenOn() {
    return writtenOn;
  }

  public Optional<LocalDate> finalisedOn() {
    return Optional.ofNullable(finalisedOn);
  }

  /** The stored version this advice was loaded at; 0 for advice not stored yet. */
  public long version() {
    return version;
  }
}
