package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.fixtures.SampleCatalogue;
import nl.redzaam.domain.fixtures.SampleDays;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffMemberId;
import org.junit.jupiter.api.function.Executable;

/**
 * A small catalogue and trajectories at every stage of the method, so that tests read as the rules.
 * The catalogue and the calendar are the shared ones of {@link SampleCatalogue} and {@link
 * SampleDays}.
 *
 * <p>Time: {@link #day(int) day(0)} is the day the start conversation concludes in {@link
 * #inCoaching()}, so week 1 runs from day 0 to day 6, week 2 from day 7, and week n from day {@code
 * 7 * (n - 1)}. Every trajectory handed out has released its events already.
 */
final class TrajectoryFixtures {

  private TrajectoryFixtures() {}

  static final TrajectoryId TRAJECTORY = new TrajectoryId(uuid(1));
  static final MunicipalityId MUNICIPALITY = new MunicipalityId(uuid(2));
  static final ResidentId RESIDENT = new ResidentId(uuid(3));
  static final StaffMemberId COACH = new StaffMemberId(uuid(4));
  static final StaffMemberId SECOND_COACH = new StaffMemberId(uuid(5));
  static final StaffMemberId SPECIALIST = new StaffMemberId(uuid(6));
  static final StaffMemberId STRANGER = new StaffMemberId(uuid(7));

  // The assignments of the sample catalogue: see SampleCatalogue for what each one asks.
  static final AssignmentCode INCOME_OVERVIEW = SampleCatalogue.INCOME_OVERVIEW;
  static final AssignmentCode LOCAL_FACILITIES = SampleCatalogue.LOCAL_FACILITIES;
  static final AssignmentCode MONTHLY_ALLOWANCE = SampleCatalogue.MONTHLY_ALLOWANCE;
  static final AssignmentCode LETTERS = SampleCatalogue.LETTERS;
  static final AssignmentCode BUDGET_PLAN = SampleCatalogue.BUDGET_PLAN;

  static final Catalogue CATALOGUE = catalogue(TrajectoryType.DEBT_ASSISTANCE, 1);
  static final Catalogue PREVENTION_CATALOGUE = catalogue(TrajectoryType.FINANCIAL_SUPPORT, 1);

  /** Valid answers to {@link #INCOME_OVERVIEW}, as a resident types them. */
  static final Map<String, String> INCOME_ANSWERS = SampleCatalogue.INCOME_ANSWERS;

  /** The same answers in their canonical form, in question order. */
  static final List<Answer> INCOME_ANSWERS_CANONICAL = SampleCatalogue.INCOME_ANSWERS_CANONICAL;

  static UUID uuid(long n) {
    return new UUID(0L, n);
  }

  /** An instant {@code n} days after {@link SampleDays#BASE} (negative: before). */
  static Instant day(int n) {
    return SampleDays.day(n);
  }

  /** The Dutch calendar date of {@link #day(int)}. */
  static LocalDate date(int n) {
    return SampleDays.date(n);
  }

  /** The first day of trajectory week {@code week} at normal tempo without pauses. */
  static int firstDayOfWeek(int week) {
    return 7 * (week - 1);
  }

  // ------------------------------------------------------------------ catalogue

  /** The sample catalogue of {@link SampleCatalogue}. */
  static Catalogue catalogue(TrajectoryType type, int version) {
    return SampleCatalogue.of(type, version);
  }

  static Question question(String id, AnswerType type, boolean required) {
    return SampleCatalogue.question(id, type, required);
  }

  // ------------------------------------------------------------------ trajectories per stage

  /** Step 1: started by the specialist three weeks before day 0. */
  static Trajectory selected() {
    return released(
        Trajectory.start(
            TRAJECTORY,
            MUNICIPALITY,
            RESIDENT,
            CATALOGUE,
            Set.of(COACH),
            Set.of(SPECIALIST),
            SPECIALIST,
            day(-21)));
  }

  /** A prevention trajectory (financiële hulpverlening) started by its coach, no specialist. */
  static Trajectory preventionSelected() {
    return released(
        Trajectory.start(
            TRAJECTORY,
            MUNICIPALITY,
            RESIDENT,
            PREVENTION_CATALOGUE,
            Set.of(COACH),
            Set.of(),
            COACH,
            day(-21)));
  }

  static Trajectory invited() {
    Trajectory t = selected();
    t.invite(day(-20));
    return released(t);
  }

  static Trajectory activated() {
    Trajectory t = invited();
    t.activate(day(-19));
    return released(t);
  }

  static Trajectory inStartScreening() {
    Trajectory t = activated();
    t.recordScreening(
        screening(ScreeningKind.START, "Mesis", date(-10), "overzicht", "2"), day(-10));
    return released(t);
  }

  static Trajectory inStartConversation() {
    Trajectory t = activated();
    t.openEvaluation(EvaluationKind.START, CATALOGUE, COACH, day(-1));
    return released(t);
  }

  /** Coaching part one: the start conversation concluded on day 0, the first day of week 1. */
  static Trajectory inCoaching() {
    Trajectory t = inStartConversation();
    t.concludeEvaluation(
        EvaluationKind.START, "Doelen en afspraken staan in het groeiplan.", COACH, day(0));
    return released(t);
  }

  /** The mid evaluation opened on the first day of week 18. */
  static Trajectory inMidEvaluation() {
    Trajectory t = inCoaching();
    t.openEvaluation(EvaluationKind.MID, CATALOGUE, COACH, day(firstDayOfWeek(18)));
    return released(t);
  }

  /** Coaching part two, from the day after the mid evaluation opened. */
  static Trajectory inPartTwo() {
    Trajectory t = inMidEvaluation();
    t.concludeEvaluation(
        EvaluationKind.MID, "Goed op weg; nu besteden.", COACH, day(firstDayOfWeek(18) + 1));
    return released(t);
  }

  static Trajectory inEndScreening() {
    Trajectory t = inPartTwo();
    t.recordScreening(
        screening(ScreeningKind.END, "Mesis", date(firstDayOfWeek(25)), "overzicht", "3"),
        day(firstDayOfWeek(25)));
    return released(t);
  }

  /** The final evaluation opened on the first day of week 26; coaching ended that day. */
  static Trajectory inFinalEvaluation() {
    Trajectory t = inPartTwo();
    t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(firstDayOfWeek(26)));
    return released(t);
  }

  static Trajectory inAftercare(Outcome outcome) {
    Trajectory t = inFinalEvaluation();
    t.concludeFinalEvaluation("Samen besloten.", outcome, COACH, day(firstDayOfWeek(26) + 1));
    return released(t);
  }

  static Trajectory closed() {
    Trajectory t = inAftercare(Outcome.INDEPENDENT);
    t.close(COACH, day(250));
    return released(t);
  }

  /** A closed trajectory that holds something of every kind of state, events released. */
  static Trajectory everythingFilledIn() {
    return released(storyOfEveryKind());
  }

  /**
   * The story behind {@link #everythingFilledIn()}, with its events still unreleased: every kind of
   * change the method knows happens at least once.
   */
  static Trajectory storyOfEveryKind() {
    Trajectory t =
        Trajectory.start(
            TRAJECTORY,
            MUNICIPALITY,
            RESIDENT,
            CATALOGUE,
            Set.of(COACH),
            Set.of(SPECIALIST),
            SPECIALIST,
            day(-21));
    t.invite(day(-20));
    t.activate(day(-19));
    t.recordScreening(
        screening(ScreeningKind.START, "Mesis", date(-5), "overzicht", "2", "besteden", "1"),
        day(-5));
    t.openEvaluation(EvaluationKind.START, CATALOGUE, COACH, day(-1));
    t.answerEvaluation(
        EvaluationKind.START, Participant.resident(RESIDENT), Map.of("goals", "Rust"), day(-1));
    t.answerEvaluation(
        EvaluationKind.START,
        Participant.specialist(SPECIALIST),
        Map.of("worries", "Terugval"),
        day(-1));
    t.concludeEvaluation(EvaluationKind.START, "Start.", COACH, day(0));
    t.addCoach(SECOND_COACH);
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    t.requestRework(INCOME_OVERVIEW, "Noem de toeslagen.", COACH, day(2));
    t.saveDraft(INCOME_OVERVIEW, Map.of("income", "Loon en toeslag"), CATALOGUE, day(3));
    t.submitAnswers(LOCAL_FACILITIES, Map.of(), CATALOGUE, day(2));
    t.approve(LOCAL_FACILITIES, SECOND_COACH, day(3));
    t.stress(MONTHLY_ALLOWANCE, true, "Dit helpt je het meest.", CATALOGUE, COACH, day(3));
    t.skip(LETTERS, CATALOGUE, COACH, day(3));
    t.skip(BUDGET_PLAN, CATALOGUE, COACH, day(3));
    t.reinstate(BUDGET_PLAN, COACH, day(4));
    t.addOwnAssignment(
        4,
        Theme.BEING_PREPARED,
        "Spaarpotje",
        "Zet geld opzij.",
        List.of(question("saved", AnswerType.AMOUNT, true)),
        COACH,
        day(3));
    NoteId note = new NoteId(uuid(703));
    t.leaveNote(note, INCOME_OVERVIEW, "Wat is een toeslag?", CATALOGUE, day(3));
    t.replyToNote(note, "Ik leg het uit.", SPECIALIST, day(4));
    t.leaveNote(new NoteId(uuid(704)), LETTERS, "Moet dit?", CATALOGUE, day(4));
    t.pause(COACH, day(14));
    t.resume(COACH, day(21));
    t.changeTempo(Tempo.FASTER, COACH, day(21));
    t.changeTempo(Tempo.SLOWER, COACH, day(35));
    t.recordScreening(
        screening(ScreeningKind.INTERIM, "Mesis", date(40), "overzicht", "2.5"), day(40));
    t.pause(COACH, day(50));
    t.stopEarly(EarlyStopReason.READY_SOONER, "Sneller klaar.", CATALOGUE, COACH, day(60));
    t.answerEvaluation(
        EvaluationKind.FINAL,
        Participant.coach(COACH),
        Map.of("look-back", "Veel geleerd"),
        day(60));
    t.concludeFinalEvaluation("Zelfstandig verder.", Outcome.INDEPENDENT, COACH, day(61));
    CheckInId held = new CheckInId(uuid(706));
    t.planCheckIn(held, date(90), COACH, day(61));
    t.planCheckIn(new CheckInId(uuid(707)), date(150), COACH, day(61));
    t.recordCheckIn(held, "Gaat goed.", true, COACH, day(90));
    t.planConversation(date(100).atTime(10, 0), "Gemeentehuis", COACH, day(91));
    t.cancelConversation(COACH, day(92));
    t.planConversation(date(150).atTime(14, 30), "Bij je thuis", COACH, day(92));
    t.close(COACH, day(120));
    return t;
  }

  static Trajectory released(Trajectory t) {
    t.releaseEvents();
    return t;
  }

  // ------------------------------------------------------------------ screenings

  /** A screening with scores given as domain, score, domain, score, ... */
  static ScreeningResult screening(
      ScreeningKind kind, String instrument, LocalDate takenOn, String... domainsAndScores) {
    List<DomainScore> scores =
        IntStream.range(0, domainsAndScores.length / 2)
            .mapToObj(
                i ->
                    new DomainScore(
                        domainsAndScores[2 * i], new BigDecimal(domainsAndScores[2 * i + 1])))
            .toList();
    return new ScreeningResult(
        new ScreeningId(UUID.randomUUID()), kind, instrument, takenOn, scores);
  }

  // ------------------------------------------------------------------ assertions

  /**
   * Asserts that the trajectory refuses the action for the given rule, and that the refusal left it
   * exactly as it was: the same state and no event recorded.
   */
  static RuleViolation assertRefused(Trajectory t, String rule, Executable action) {
    t.releaseEvents();
    TrajectorySnapshot before = t.snapshot();
    RuleViolation violation = assertViolates(rule, action);
    assertEquals(before, t.snapshot(), "a refused request leaves the trajectory as it was");
    assertEquals(List.of(), t.releaseEvents(), "a refused request records no event");
    return violation;
  }

  /** The simple class names of the events, for readable comparisons. */
  static List<String> eventNames(List<TrajectoryEvent> events) {
    return events.stream().map(e -> e.getClass().getSimpleName()).toList();
  }
}
