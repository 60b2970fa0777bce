package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * What a trajectory knows and what can be read from it: its identity, its parts and the answers
 * they give (the current week, what is due, which evaluation is next). {@link Trajectory} adds the
 * changes; every public method here is part of its public API. Split from it so that a reader who
 * looks for a change finds only changes there.
 */
abstract sealed class TrajectoryState permits Trajectory {

  final TrajectoryId id;
  final MunicipalityId municipalityId;
  final ResidentId residentId;
  final TrajectoryType type;
  final CatalogueId catalogueId;
  final Participants participants;
  Stage stage;
  final int midEvaluationWeek;
  final Instant startedAt;
  final StaffMemberId startedBy;
  Instant invitedAt;
  Instant activatedAt;
  Schedule schedule;
  final WeeklyWork weeklyWork;
  final Notes notes;
  final Evaluations evaluations;
  final Screenings screenings;
  Outcome outcome;
  EarlyStop earlyStop;
  LocalDate closedOn;
  final Appointments appointments;
  final long version;

  TrajectoryState(TrajectorySnapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.municipalityId = Objects.requireNonNull(s.municipalityId(), "municipalityId");
    this.residentId = Objects.requireNonNull(s.residentId(), "residentId");
    this.type = Objects.requireNonNull(s.type(), "type");
    this.catalogueId = Objects.requireNonNull(s.catalogueId(), "catalogueId");
    this.participants = new Participants(residentId, type, s.coaches(), s.specialists());
    this.stage = Objects.requireNonNull(s.stage(), "stage");
    this.midEvaluationWeek = s.midEvaluationWeek();
    this.startedAt = Objects.requireNonNull(s.startedAt(), "startedAt");
    this.startedBy = Objects.requireNonNull(s.startedBy(), "startedBy");
    this.invitedAt = s.invitedAt();
    this.activatedAt = s.activatedAt();
    this.schedule =
        new Schedule(s.coachingStartedOn(), s.coachingEndedOn(), s.pauses(), s.tempoChanges());
    this.weeklyWork = new WeeklyWork(s.progress(), s.ownAssignments());
    this.notes = new Notes(s.notes());
    this.evaluations = new Evaluations(s.evaluations());
    this.screenings = new Screenings(s.screenings());
    this.outcome = s.outcome();
    this.earlyStop = s.earlyStop();
    this.closedOn = s.closedOn();
    this.appointments = new Appointments(s.plannedConversation(), s.checkIns());
    this.version = s.version();
  }

  /** Start against end per domain, when both were taken with the same instrument. */
  public Optional<ScreeningComparison> screeningComparison() {
    return screenings.comparison();
  }

  /** True when part one has reached the mid evaluation week and the evaluation is not held yet. */
  public boolean midEvaluationDue(LocalDate today) {
    return stage == Stage.COACHING_PART_ONE && currentWeek(today) >= midEvaluationWeek;
  }

  /**
   * The evaluation the coach is to hold or conclude now, if any: the start conversation once the
   * resident has activated (the start screening is optional, so it need not come first) until it is
   * concluded; the mid evaluation from the mid evaluation week of part one (week 18) until it is
   * concluded; the final evaluation from the last week with an assignment (the catalogue's or the
   * coach's own) of part two until it is concluded, and at once after an early stop.
   */
  public Optional<EvaluationKind> evaluationDue(LocalDate today, Catalogue catalogue) {
    requireCatalogue(catalogue);
    return Optional.ofNullable(
        switch (stage) {
          case ACTIVATED, START_SCREENING, START_CONVERSATION -> EvaluationKind.START;
          case COACHING_PART_ONE -> midEvaluationDue(today) ? EvaluationKind.MID : null;
          case MID_EVALUATION -> EvaluationKind.MID;
          case COACHING_PART_TWO, END_SCREENING ->
              currentWeek(today) >= weeklyWork.lastWeek(catalogue) ? EvaluationKind.FINAL : null;
          case FINAL_EVALUATION -> EvaluationKind.FINAL;
          case SELECTED, INVITED, AFTERCARE, CLOSED -> null;
        });
  }

  /**
   * The latest moment the resident visibly did something in the trajectory, as far as the
   * trajectory records it: activating the account, handing in answers (the latest hand-in per
   * assignment), saving a draft (the latest save of a draft still kept), leaving a note. Messages
   * live outside the trajectory and are added by whoever lists them; evaluation answers and
   * screenings carry no time of their own and do not count. Empty before activation.
   */
  public Optional<Instant> lastResidentActivity() {
    Stream<Instant> moments =
        Stream.of(
                Stream.ofNullable(activatedAt),
                weeklyWork.residentMoments(),
                notes.residentMoments())
            .flatMap(m -> m);
    return moments.filter(Objects::nonNull).max(Comparator.naturalOrder());
  }

  /** The trajectory week on {@code today}: 0 before coaching starts; frozen once coaching ends. */
  public int currentWeek(LocalDate today) {
    return schedule.weekOn(today);
  }

  /** The current week as a straight line from the latest change on; empty before coaching. */
  public Optional<WeekClock> weekClock() {
    return schedule.clock();
  }

  public boolean paused() {
    return schedule.pausedNow();
  }

  public Tempo tempo() {
    return schedule.tempo();
  }

  /** All assignments of a week, from the catalogue and the coach's own, skipped ones included. */
  public List<WeekAssignment> assignmentsOfWeek(int week, Catalogue catalogue) {
    requireCatalogue(catalogue);
    return weeklyWork.assignmentsOfWeek(week, catalogue);
  }

  /** The assignments due this week: those of the current week that were not skipped. */
  public List<WeekAssignment> dueThisWeek(LocalDate today, Catalogue catalogue) {
    if (!stage.isWeeklyWork()) {
      return List.of();
    }
    return assignmentsOfWeek(currentWeek(today), catalogue).stream()
        .filter(a -> !a.skipped())
        .toList();
  }

  /**
   * Progress per theme, in the method's order of themes, counting every assignment of the
   * trajectory (the catalogue's and the coach's own) once. Open assignments count as to do from
   * their week on, as upcoming before it.
   */
  public List<ThemeProgress> themeProgress(Catalogue catalogue, LocalDate today) {
    requireCatalogue(catalogue);
    return weeklyWork.themeProgress(catalogue, currentWeek(today));
  }

  /** The resident's draft answers to an assignment; empty when there is no draft. */
  public List<Answer> draft(AssignmentCode code) {
    return weeklyWork.progressOf(code).draft();
  }

  /**
   * The planned conversation if it is today or later; one of an earlier day is over and no longer
   * the next one. A closed trajectory has none.
   */
  public Optional<PlannedConversation> nextConversation(LocalDate today) {
    return stage == Stage.CLOSED ? Optional.empty() : appointments.nextConversation(today);
  }

  public boolean isCoach(StaffMemberId staff) {
    return participants.isCoach(staff);
  }

  /**
   * Who acts as a coach of this trajectory now: its coaches and, while accepted, the stand-in. The
   * growth plan, kept outside the trajectory, takes its "coach only" rule from this.
   */
  public Set<StaffMemberId> actingCoaches() {
    return participants.actingCoaches();
  }

  public boolean isSpecialist(StaffMemberId staff) {
    return participants.isSpecialist(staff);
  }

  // ---------------------------------------------------------------- helpers

  /** True when the assignment is in the trajectory's catalogue or one of the coach's own. */
  public boolean hasAssignment(AssignmentCode code, Catalogue catalogue) {
    requireCatalogue(catalogue);
    return weeklyWork.has(code, catalogue);
  }

  final void requireCatalogue(Catalogue catalogue) {
    require(
        catalogue.id().equals(catalogueId),
        "wrong-catalogue",
        "This trajectory runs on catalogue " + catalogueId + ", not " + catalogue.id());
  }

  static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, Trajectory.ZONE);
  }

  public TrajectorySnapshot snapshot() {
    return new TrajectorySnapshot(
        id,
        municipalityId,
        residentId,
        type,
        catalogueId,
        participants.coaches(),
        participants.specialists(),
        stage,
        midEvaluationWeek,
        startedAt,
        startedBy,
        invitedAt,
        activatedAt,
        schedule.coachingStartedOn(),
        schedule.coachingEndedOn(),
        schedule.pauses(),
        schedule.tempoChanges(),
        weeklyWork.progress(),
        weeklyWork.ownAssignments(),
        notes.all(),
        evaluations.all(),
        screenings.all(),
        outcome,
        earlyStop,
        appointments.checkIns(),
        closedOn,
        appointments.plannedConversation(),
        version);
  }

  public TrajectoryId id() {
    return id;
  }

  public MunicipalityId municipalityId() {
    return municipalityId;
  }

  public ResidentId residentId() {
    return residentId;
  }

  public TrajectoryType type() {
    return type;
  }

  public CatalogueId catalogueId() {
    return catalogueId;
  }

  public Set<StaffMemberId> coaches() {
    return participants.coaches();
  }

  public Set<StaffMemberId> specialists() {
    return participants.specialists();
  }

  public Stage stage() {
    return stage;
  }

  public int midEvaluationWeek() {
    return midEvaluationWeek;
  }

  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<EarlyStop> earlyStop() {
    return Optional.ofNullable(earlyStop);
  }

  public Optional<Evaluation> evaluation(EvaluationKind kind) {
    return evaluations.of(kind);
  }

  public List<Note> notes() {
    return notes.all();
  }

  public List<ScreeningResult> screenings() {
    return screenings.all();
  }

  public List<CheckIn> checkIns() {
    return appointments.checkIns();
  }

  public List<OwnAssignment> ownAssignments() {
    return weeklyWork.ownAssignments();
  }

  /** The progress of every assignment that has left the open state, was stressed or has a draft. */
  public List<AssignmentProgress> progress() {
    return weeklyWork.progress();
  }

  public AssignmentProgress progress(AssignmentCode code) {
    return weeklyWork.progressOf(code);
  }

  public long version() {
    return version;
  }
}
