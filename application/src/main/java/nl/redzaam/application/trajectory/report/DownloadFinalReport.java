package nl.redzaam.application.trajectory.report;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CourtAdviceRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.FinalReport;
import nl.redzaam.application.port.FinalReportRenderer;
import nl.redzaam.application.port.GrowthPlanRepository;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.trajectory.CatalogueOf;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.growthplan.Goal;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.AssignmentProgress;
import nl.redzaam.domain.trajectory.Evaluation;
import nl.redzaam.domain.trajectory.EvaluationAnswer;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.ParticipantRole;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;

/**
 * The final report of a trajectory as a PDF, for its coaches (and stand-ins), its specialists and
 * the municipality's administrators; support workers, the resident and other municipalities do not
 * get it. Every download is written to the access log (by the access check). It can be downloaded
 * at any stage: until the outcome is set (and, for protective administration, the advice to the
 * court is final) it says it is a draft.
 */
public final class DownloadFinalReport {

  /** The colour the report uses for a municipality that has set no house colour. */
  public static final String DEFAULT_HOUSE_COLOUR = "#154273";

  /** How much of the coach's feedback on an assignment the report shows. */
  static final int FEEDBACK_LENGTH = 200;

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /** The PDF and the name to save it under. */
  public record Document(String fileName, byte[] pdf) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final Clock clock;
  private final MunicipalityRepository municipalities;
  private final ResidentRepository residents;
  private final StaffMemberRepository staff;
  private final CatalogueRepository catalogues;
  private final GrowthPlanRepository plans;
  private final CourtAdviceRepository advice;
  private final FinalReportRenderer renderer;

  @Inject
  public DownloadFinalReport(
      CurrentUser currentUser,
      TrajectoryAccess access,
      Clock clock,
      MunicipalityRepository municipalities,
      ResidentRepository residents,
      StaffMemberRepository staff,
      CatalogueRepository catalogues,
      GrowthPlanRepository plans,
      CourtAdviceRepository advice,
      FinalReportRenderer renderer) {
    this.currentUser = currentUser;
    this.access = access;
    this.clock = clock;
    this.municipalities = municipalities;
    this.residents = residents;
    this.staff = staff;
    this.catalogues = catalogues;
    this.plans = plans;
    this.advice = advice;
    this.renderer = renderer;
  }

  public Document execute(Query query) {
    Trajectory trajectory =
        access.require(
            currentUser.actor(), TrajectoryPermission.DOWNLOAD_FINAL_REPORT, query.trajectoryId());
    FinalReport report = report(trajectory);
    String fileName =
        "eindrapportage-" + report.producedOn() + "-" + trajectory.id().value() + ".pdf";
    return new Document(fileName, renderer.render(report));
  }

  /** The report of a trajectory the caller may read, with every name looked up. */
  public FinalReport report(Trajectory trajectory) {
    TrajectorySnapshot s = trajectory.snapshot();
    Names names = new Names();
    Catalogue catalogue = CatalogueOf.trajectory(catalogues, trajectory);
    Optional<CourtAdvice> courtAdvice =
        trajectory.type() == TrajectoryType.PROTECTIVE_ADMINISTRATION
            ? advice.find(trajectory.id())
            : Optional.empty();
    boolean decided = s.outcome() != null || s.earlyStop() != null;
    boolean isFinal =
        decided
            && (trajectory.type() != TrajectoryType.PROTECTIVE_ADMINISTRATION
                || courtAdvice.map(CourtAdvice::isFinal).orElse(false));
    Optional<Municipality> municipality = municipalities.find(trajectory.municipalityId());
    return new FinalReport(
        municipality.map(Municipality::name).orElse("Gemeente"),
        municipality.flatMap(Municipality::houseColour).orElse(DEFAULT_HOUSE_COLOUR),
        clock.today(),
        isFinal,
        names.resident(trajectory),
        trajectory.type(),
        trajectory.stage(),
        new FinalReport.Dates(
            day(s.startedAt()),
            day(s.invitedAt()),
            day(s.activatedAt()),
            s.coachingStartedOn(),
            s.coachingEndedOn(),
            s.closedOn()),
        s.coaches().stream().map(names::staff).sorted().toList(),
        s.specialists().stream().map(names::staff).sorted().toList(),
        s.pauses().stream().map(p -> new FinalReport.Pause(p.from(), p.until())).toList(),
        s.tempoChanges().stream()
            .map(c -> new FinalReport.TempoChange(c.from(), c.tempo()))
            .toList(),
        growthPlan(
            plans.find(trajectory.id()).orElseGet(() -> GrowthPlan.empty(trajectory.id())), names),
        themes(trajectory, catalogue),
        screenings(trajectory),
        evaluations(trajectory, names),
        trajectory.outcome(),
        trajectory
            .earlyStop()
            .map(e -> new FinalReport.EarlyStop(e.reason(), e.explanation(), e.stoppedOn())),
        trajectory.checkIns().stream()
            .map(
                c ->
                    new FinalReport.CheckIn(
                        c.plannedOn(), c.heldOn(), c.summary(), c.stillIndependent()))
            .toList(),
        courtAdvice.map(
            a ->
                new FinalReport.CourtAdvice(
                    a.recommendation(),
                    a.reasons(),
                    names.staff(a.writtenBy()),
                    a.writtenOn(),
                    a.finalisedOn().orElse(null))));
  }

  private static FinalReport.GrowthPlan growthPlan(GrowthPlan plan, Names names) {
    Map<GoalId, String> goals = new HashMap<>();
    plan.goals().forEach(g -> goals.put(g.id(), g.description()));
    return new FinalReport.GrowthPlan(
        plan.goals().stream()
            .map(
                (Goal g) ->
                    new FinalReport.Goal(g.description(), g.theme(), g.setOn(), g.achievedOn()))
            .toList(),
        plan.agreements().stream()
            .map(a -> new FinalReport.Agreement(a.description(), a.madeOn()))
            .toList(),
        plan.progress().stream()
            .map(
                p ->
                    new FinalReport.Progress(
                        p.goal() == null ? null : goals.get(p.goal()),
                        p.text(),
                        p.writtenOn(),
                        names.staff(p.author())))
            .toList());
  }

  /** The catalogue's assignments and the coach's own ones, per theme in the method's order. */
  private static List<FinalReport.ThemeWork> themes(Trajectory trajectory, Catalogue catalogue) {
    Map<Theme, List<FinalReport.Assignment>> perTheme = new HashMap<>();
    catalogue
        .assignments()
        .forEach(
            a ->
                perTheme
                    .computeIfAbsent(a.theme(), t -> new ArrayList<>())
                    .add(assignment(trajectory, a.code().value(), a.week(), a.title(), a.code())));
    trajectory
        .ownAssignments()
        .forEach(
            a ->
                perTheme
                    .computeIfAbsent(a.theme(), t -> new ArrayList<>())
                    .add(assignment(trajectory, a.code().value(), a.week(), a.title(), a.code())));
    List<FinalReport.ThemeWork> themes = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<FinalReport.Assignment> assignments = perTheme.get(theme);
      if (assignments != null) {
        assignments.sort(Comparator.comparingInt(FinalReport.Assignment::week));
        themes.add(new FinalReport.ThemeWork(theme, assignments));
      }
    }
    return themes;
  }

  private static FinalReport.Assignment assignment(
      Trajectory trajectory,
      String code,
      int week,
      String title,
      nl.redzaam.domain.catalogue.AssignmentCode assignmentCode) {
    AssignmentProgress progress = trajectory.progress(assignmentCode);
    return new FinalReport.Assignment(
        code, week, title, progress.state(), shortened(progress.feedback()));
  }

  static String shortened(String text) {
    if (text == null || text.length() <= FEEDBACK_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', FEEDBACK_LENGTH - 1);
    return text.substring(0, cut > FEEDBACK_LENGTH / 2 ? cut : FEEDBACK_LENGTH - 1) + "…";
  }

  private static Optional<FinalReport.Screenings> screenings(Trajectory trajectory) {
    Optional<ScreeningResult> start = taken(trajectory, ScreeningKind.START);
    Optional<ScreeningResult> end = taken(trajectory, ScreeningKind.END);
    return trajectory
        .screeningComparison()
        .map(
            comparison ->
                new FinalReport.Screenings(
                    comparison.instrument(),
                    start.map(ScreeningResult::takenOn).orElse(null),
                    end.map(ScreeningResult::takenOn).orElse(null),
                    comparison));
  }

  private static Optional<ScreeningResult> taken(Trajectory trajectory, ScreeningKind kind) {
    return trajectory.screenings().stream().filter(s -> s.kind() == kind).findFirst();
  }

  private static List<FinalReport.Evaluation> evaluations(Trajectory trajectory, Names names) {
    List<FinalReport.Evaluation> evaluations = new ArrayList<>();
    for (EvaluationKind kind : EvaluationKind.values()) {
      trajectory.evaluation(kind).ifPresent(e -> evaluations.add(evaluation(e, trajectory, names)));
    }
    return evaluations;
  }

  private static FinalReport.Evaluation evaluation(
      Evaluation evaluation, Trajectory trajectory, Names names) {
    List<FinalReport.Question> questions = new ArrayList<>();
    for (EvaluationQuestion question : evaluation.questions()) {
      List<FinalReport.ParticipantAnswer> answers =
          evaluation.answers().stream()
              .filter(a -> a.questionId().equals(question.id()))
              .sorted(Comparator.comparing((EvaluationAnswer a) -> a.participant().role()))
              .map(
                  a ->
                      new FinalReport.ParticipantAnswer(
                          names.of(a.participant(), trajectory),
                          roleName(a.participant().role()),
                          a.text()))
              .toList();
      questions.add(new FinalReport.Question(question.text(), answers));
    }
    return new FinalReport.Evaluation(
        evaluation.kind(),
        evaluation.openedOn(),
        evaluation.concludedOn(),
        questions,
        evaluation.jointConclusion());
  }

  private static String roleName(ParticipantRole role) {
    return switch (role) {
      case RESIDENT -> "inwoner";
      case COACH -> "coach";
      case SPECIALIST -> "specialist";
    };
  }

  private static LocalDate day(java.time.Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, Trajectory.ZONE);
  }

  /** Names looked up once per person. */
  private final class Names {
    private final Map<UUID, String> known = new HashMap<>();

    String resident(Trajectory trajectory) {
      return known.computeIfAbsent(
          trajectory.residentId().value(),
          id -> residents.find(trajectory.residentId()).map(Resident::fullName).orElse("Inwoner"));
    }

    String staff(StaffMemberId id) {
      return known.computeIfAbsent(
          id.value(),
          key -> staff.find(id).map(StaffMember::name).orElse("Medewerker (niet meer actief)"));
    }

    String of(Participant participant, Trajectory trajectory) {
      return participant.role() == ParticipantRole.RESIDENT
          ? resident(trajectory)
          : staff(new StaffMemberId(participant.personId()));
    }
  }
}
