package nl.redzaam.application.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.domain.courtadvice.CourtRecommendation;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.ScreeningComparison;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Tempo;

/**
 * The final report (eindrapportage) of one trajectory as data, with every name already looked up:
 * what a renderer needs and nothing it would have to load. Built by {@code DownloadFinalReport}.
 *
 * @param houseColour the municipality's house-style colour, {@code #rrggbb}
 * @param isFinal true when the report is final: the outcome is set (or the trajectory stopped
 *     early) and, for protective administration, the advice to the court is final; a draft
 *     otherwise
 * @param courtAdvice empty for other types than protective administration, or while the specialist
 *     has not written it
 */
public record FinalReport(
    String municipalityName,
    String houseColour,
    LocalDate producedOn,
    boolean isFinal,
    String residentName,
    TrajectoryType type,
    Stage stage,
    Dates dates,
    List<String> coaches,
    List<String> specialists,
    List<Pause> pauses,
    List<TempoChange> tempoChanges,
    GrowthPlan growthPlan,
    List<ThemeWork> themes,
    Optional<Screenings> screenings,
    List<Evaluation> evaluations,
    Optional<Outcome> outcome,
    Optional<EarlyStop> earlyStop,
    List<CheckIn> checkIns,
    Optional<CourtAdvice> courtAdvice) {

  public FinalReport {
    Objects.requireNonNull(municipalityName, "municipalityName");
    Objects.requireNonNull(type, "type");
    coaches = List.copyOf(coaches);
    specialists = List.copyOf(specialists);
    pauses = List.copyOf(pauses);
    tempoChanges = List.copyOf(tempoChanges);
    themes = List.copyOf(themes);
    evaluations = List.copyOf(evaluations);
    checkIns = List.copyOf(checkIns);
  }

  /** The days that mark the trajectory; null where it did not get that far. */
  public record Dates(
      LocalDate selectedOn,
      LocalDate invitedOn,
      LocalDate activatedOn,
      LocalDate coachingStartedOn,
      LocalDate coachingEndedOn,
      LocalDate closedOn) {}

  /** A pause; {@code until} null while it lasts. */
  public record Pause(LocalDate from, LocalDate until) {}

  public record TempoChange(LocalDate from, Tempo tempo) {}

  public record GrowthPlan(List<Goal> goals, List<Agreement> agreements, List<Progress> progress) {
    public GrowthPlan {
      goals = List.copyOf(goals);
      agreements = List.copyOf(agreements);
      progress = List.copyOf(progress);
    }
  }

  /** A goal; {@code theme} and {@code achievedOn} may be null. */
  public record Goal(String description, Theme theme, LocalDate setOn, LocalDate achievedOn) {}

  public record Agreement(String description, LocalDate madeOn) {}

  /** A note of progress; {@code goal} is null when it is about the plan as a whole. */
  public record Progress(String goal, String text, LocalDate writtenOn, String author) {}

  /** The assignments of one theme, in the order of the weeks. */
  public record ThemeWork(Theme theme, List<Assignment> assignments) {
    public ThemeWork {
      assignments = List.copyOf(assignments);
    }

    public long count(ProgressState state) {
      return assignments.stream().filter(a -> a.state() == state).count();
    }
  }

  /**
   * One assignment and where it ended; {@code feedback} is the coach's last feedback, shortened.
   */
  public record Assignment(
      String code, int week, String title, ProgressState state, String feedback) {}

  /** The start and end screening and the change per domain (theme) between them. */
  public record Screenings(
      String instrument, LocalDate startOn, LocalDate endOn, ScreeningComparison comparison) {}

  /** One evaluation: each question with every participant's answer, and the joint conclusion. */
  public record Evaluation(
      EvaluationKind kind,
      LocalDate openedOn,
      LocalDate concludedOn,
      List<Question> questions,
      String jointConclusion) {
    public Evaluation {
      questions = List.copyOf(questions);
    }
  }

  public record Question(String text, List<ParticipantAnswer> answers) {
    public Question {
      answers = List.copyOf(answers);
    }
  }

  /**
   * @param role "inwoner", "coach" or "specialist"
   */
  public record ParticipantAnswer(String name, String role, String text) {}

  public record EarlyStop(EarlyStopReason reason, String explanation, LocalDate stoppedOn) {}

  /** An aftercare check-in; {@code heldOn} and {@code summary} are null until it is held. */
  /**
   * @param stillIndependent null when not held or not recorded
   */
  public record CheckIn(
      LocalDate plannedOn, LocalDate heldOn, String summary, Boolean stillIndependent) {}

  /** The advice to the sub-district court; {@code finalisedOn} null while it is a draft. */
  public record CourtAdvice(
      CourtRecommendation recommendation,
      String reasons,
      String writtenBy,
      LocalDate writtenOn,
      LocalDate finalisedOn) {}
}
