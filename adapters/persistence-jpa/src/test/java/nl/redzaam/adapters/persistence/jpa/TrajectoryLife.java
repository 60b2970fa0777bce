package nl.redzaam.adapters.persistence.jpa;

import static nl.redzaam.domain.fixtures.SampleCatalogue.BUDGET_PLAN;
import static nl.redzaam.domain.fixtures.SampleCatalogue.INCOME_ANSWERS;
import static nl.redzaam.domain.fixtures.SampleCatalogue.INCOME_OVERVIEW;
import static nl.redzaam.domain.fixtures.SampleCatalogue.LETTERS;
import static nl.redzaam.domain.fixtures.SampleCatalogue.LOCAL_FACILITIES;
import static nl.redzaam.domain.fixtures.SampleCatalogue.MONTHLY_ALLOWANCE;
import static nl.redzaam.domain.fixtures.SampleCatalogue.question;
import static nl.redzaam.domain.fixtures.SampleCatalogue.template;
import static nl.redzaam.domain.fixtures.SampleDays.date;
import static nl.redzaam.domain.fixtures.SampleDays.day;
import static nl.redzaam.domain.fixtures.Snapshots.withVersion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.fixtures.SampleCatalogue;
import nl.redzaam.domain.fixtures.SampleDays;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.Tempo;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;

/**
 * A catalogue and a trajectory's whole life, built through the domain's public methods: started,
 * invited, activated, start screening, start conversation with answers of all participants, weekly
 * work with answers, approval, rework, notes and replies, tailoring, a pause, tempo changes, an
 * interim screening, the mid evaluation, the end screening, the final evaluation with its outcome,
 * check-ins and closing.
 *
 * <p>The catalogue, the assignments and the calendar are the domain's test fixtures ({@link
 * SampleCatalogue}, {@link SampleDays}): {@link SampleDays#day(int) day(0)} is the day the start
 * conversation concludes (week 1 begins).
 */
final class TrajectoryLife {

  private TrajectoryLife() {}

  /** Week 5, theme organising money matters: the one assignment added to the sample catalogue. */
  static final AssignmentCode PAPERWORK = new AssignmentCode("SHV-05-1");

  /** The domain's sample catalogue (weeks 1-20, every answer type) with {@link #PAPERWORK}. */
  static final Catalogue CATALOGUE =
      SampleCatalogue.of(
          TrajectoryType.DEBT_ASSISTANCE,
          1,
          template(
              PAPERWORK,
              5,
              Theme.ORGANISING_MONEY_MATTERS,
              List.of(question("folders", AnswerType.YES_NO, true)),
              false));

  static UUID newId() {
    return UUID.randomUUID();
  }

  // ---------------------------------------------------------------- people

  /** The municipality and the people of one trajectory, with fresh ids and email addresses. */
  record People(
      Municipality municipality,
      Resident resident,
      StaffMember coach,
      StaffMember secondCoach,
      StaffMember specialist) {

    static People fresh() {
      MunicipalityId municipality = new MunicipalityId(newId());
      String tag = newId().toString().substring(0, 8);
      return new People(
          new Municipality(
              municipality,
              "Gemeente " + tag,
              EnumSet.of(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT),
              0),
          new Resident(
              new ResidentId(newId()),
              municipality,
              "Fatma",
              "de Vries",
              new EmailAddress("fatma." + tag + "@example.nl"),
              0),
          staff(municipality, "Coach " + tag, "coach." + tag, Set.of(StaffRole.COACH), null),
          staff(
              municipality, "Tweede coach " + tag, "coach2." + tag, Set.of(StaffRole.COACH), null),
          staff(
              municipality,
              "Specialist " + tag,
              "specialist." + tag,
              Set.of(StaffRole.SPECIALIST, StaffRole.COACH),
              "Kredietbank"));
    }

    private static StaffMember staff(
        MunicipalityId municipality,
        String name,
        String mailbox,
        Set<StaffRole> roles,
        String organisation) {
      return new StaffMember(
          new StaffMemberId(newId()),
          municipality,
          name,
          new EmailAddress(mailbox + "@example.nl"),
          roles,
          organisation,
          true,
          0);
    }

    StaffMemberId c() {
      return coach.id();
    }

    StaffMemberId s() {
      return specialist.id();
    }

    ResidentId r() {
      return resident.id();
    }
  }

  // ---------------------------------------------------------------- life

  /** One step of the life: a few domain calls that belong together. */
  record Step(String name, Consumer<Trajectory> action) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Step 1: the specialist starts the trajectory three weeks before day 0. */
  static Trajectory started(TrajectoryId id, People p) {
    Trajectory t =
        Trajectory.start(
            id,
            p.municipality().id(),
            p.r(),
            CATALOGUE,
            Set.of(p.c()),
            Set.of(p.s()),
            p.s(),
            day(-21));
    t.releaseEvents();
    return t;
  }

  /** A trajectory that went through its whole life, in memory. */
  static Trajectory wholeLife(TrajectoryId id, People p) {
    Trajectory t = started(id, p);
    stepsAfterStart(p).forEach(step -> step.action().accept(t));
    return t;
  }

  /**
   * The rest of the life after the start. The ids of the parts are made here, once, so that the
   * same steps can be replayed on several copies of the trajectory.
   */
  static List<Step> stepsAfterStart(People p) {
    StaffMemberId c = p.c();
    StaffMemberId s = p.s();
    ResidentId r = p.r();
    ScreeningId startScreening = new ScreeningId(newId());
    ScreeningId interimScreening = new ScreeningId(newId());
    ScreeningId endScreening = new ScreeningId(newId());
    NoteId note = new NoteId(newId());
    NoteId secondNote = new NoteId(newId());
    CheckInId soon = new CheckInId(newId());
    CheckInId later = new CheckInId(newId());
    AssignmentCode own = new AssignmentCode("EIGEN-1");
    List<Step> steps = new ArrayList<>();
    steps.add(
        step(
            "invited and activated",
            t -> {
              t.invite(day(-20));
              t.activate(day(-19));
            }));
    steps.add(
        step(
            "start screening",
            t ->
                t.recordScreening(
                    screening(
                        startScreening,
                        ScreeningKind.START,
                        -10,
                        "Mesis",
                        "overzicht",
                        "2",
                        "besteden",
                        "1.5"),
                    day(-10))));
    steps.add(
        step(
            "start conversation opened and answered by all",
            t -> {
              t.openEvaluation(EvaluationKind.START, CATALOGUE, c, day(-2));
              t.answerEvaluation(
                  EvaluationKind.START,
                  Participant.resident(r),
                  ordered("goals", "Zelf mijn rekeningen betalen", "worries", "De post"),
                  day(-2));
              t.answerEvaluation(
                  EvaluationKind.START,
                  Participant.coach(c),
                  ordered("goals", "Overzicht krijgen"),
                  day(-2));
              t.answerEvaluation(
                  EvaluationKind.START,
                  Participant.specialist(s),
                  ordered("worries", "Twee betalingsachterstanden"),
                  day(-2));
            }));
    steps.add(
        step(
            "resident changes answers",
            t -> {
              t.answerEvaluation(
                  EvaluationKind.START,
                  Participant.resident(r),
                  ordered("goals", "Mijn rekeningen op tijd betalen"),
                  day(-1));
            }));
    steps.add(
        step(
            "start conversation concluded",
            t ->
                t.concludeEvaluation(
                    EvaluationKind.START,
                    "Doelen en afspraken staan in het groeiplan.",
                    c,
                    day(0))));
    steps.add(
        step(
            "week 1 answered, with a note",
            t -> {
              t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
              t.leaveNote(note, INCOME_OVERVIEW, "Wat is een loonstrook?", CATALOGUE, day(1));
            }));
    steps.add(
        step(
            "note answered by coach and specialist, week 1 approved",
            t -> {
              t.replyToNote(note, "Die krijg je elke maand van je werkgever.", c, day(2));
              t.replyToNote(note, "Ik neem er een mee naar het gesprek.", s, day(2));
              t.approve(INCOME_OVERVIEW, c, day(2));
            }));
    steps.add(
        step(
            "week 2 answered, rework requested",
            t -> {
              t.submitAnswers(
                  MONTHLY_ALLOWANCE, Map.of("ready-for-monthly", "no"), CATALOGUE, day(8));
              t.requestRework(
                  MONTHLY_ALLOWANCE, "Bespreek dit eerst met je bewindvoerder.", c, day(9));
              t.leaveNote(secondNote, MONTHLY_ALLOWANCE, "Wanneer is dat?", CATALOGUE, day(9));
            }));
    steps.add(
        step(
            "a draft for the rework, kept to the end",
            t ->
                t.saveDraft(
                    MONTHLY_ALLOWANCE, Map.of("ready-for-monthly", "yes"), CATALOGUE, day(9))));
    steps.add(
        step(
            "tailored: skipped, stressed and an own assignment",
            t -> {
              t.skip(LETTERS, CATALOGUE, c, day(10));
              t.stress(PAPERWORK, true, "Je post is nu het belangrijkst.", CATALOGUE, c, day(10));
              t.stress(LOCAL_FACILITIES, true, CATALOGUE, c, day(10));
              t.addOwnAssignment(
                  3,
                  Theme.SELF_RELIANCE,
                  "Bel de woningcorporatie",
                  "Vraag naar een betalingsregeling voor de huurachterstand.",
                  List.of(
                      new Question(
                          "who", "Wie heb je gesproken?", AnswerType.FREE_TEXT, List.of(), true),
                      new Question(
                          "how",
                          "Hoe heb je contact gehad?",
                          AnswerType.CHOICE,
                          List.of("telefoon", "balie", "mail"),
                          true),
                      new Question(
                          "agreed", "Is er een regeling?", AnswerType.YES_NO, List.of(), true),
                      new Question(
                          "monthly", "Hoeveel per maand?", AnswerType.AMOUNT, List.of(), false),
                      new Question("first", "Eerste betaling?", AnswerType.DATE, List.of(), false)),
                  c,
                  day(10));
            }));
    steps.add(
        step(
            "a draft for the own assignment, handed in at the next step",
            t ->
                t.saveDraft(
                    own, Map.of("who", "Mevrouw Jansen", "how", "balie"), CATALOGUE, day(14))));
    steps.add(
        step(
            "own assignment answered and approved, a stress lifted",
            t -> {
              t.submitAnswers(
                  own,
                  Map.of("who", "Mevrouw Jansen", "how", "balie", "agreed", "yes", "monthly", "45"),
                  CATALOGUE,
                  day(15));
              t.approve(own, c, day(16));
              t.stress(LOCAL_FACILITIES, false, CATALOGUE, c, day(16));
            }));
    steps.add(step("paused", t -> t.pause(c, day(20))));
    steps.add(
        step(
            "resumed at a faster tempo, a second coach joins",
            t -> {
              t.resume(c, day(34));
              t.changeTempo(Tempo.FASTER, c, day(35));
              t.addCoach(p.secondCoach().id());
            }));
    steps.add(
        step(
            "interim screening",
            t ->
                t.recordScreening(
                    screening(
                        interimScreening,
                        ScreeningKind.INTERIM,
                        50,
                        "Zelfredzaamheidsmatrix",
                        "financien",
                        "3.25"),
                    day(50))));
    steps.add(
        step(
            "mid evaluation",
            t -> {
              t.openEvaluation(EvaluationKind.MID, CATALOGUE, c, day(80));
              t.answerEvaluation(
                  EvaluationKind.MID,
                  Participant.resident(r),
                  ordered("experience", "Druk maar goed"),
                  day(80));
              t.answerEvaluation(
                  EvaluationKind.MID,
                  Participant.coach(p.secondCoach().id()),
                  ordered("experience", "Fatma doet goed mee"),
                  day(80));
              t.answerEvaluation(
                  EvaluationKind.MID,
                  Participant.specialist(s),
                  ordered("experience", "Geen nieuwe schulden"),
                  day(80));
              t.concludeEvaluation(EvaluationKind.MID, "Goed op weg; nu besteden.", c, day(81));
            }));
    steps.add(
        step(
            "tempo back to normal, by the second coach",
            t -> t.changeTempo(Tempo.NORMAL, p.secondCoach().id(), day(90))));
    steps.add(
        step(
            "end screening",
            t ->
                t.recordScreening(
                    screening(
                        endScreening,
                        ScreeningKind.END,
                        120,
                        "Mesis",
                        "overzicht",
                        "3.5",
                        "besteden",
                        "2.75"),
                    day(120))));
    steps.add(
        step(
            "week 20 answered",
            t -> t.submitAnswers(BUDGET_PLAN, Map.of("plan-ready", "yes"), CATALOGUE, day(125))));
    steps.add(
        step(
            "final evaluation with outcome",
            t -> {
              t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, c, day(130));
              t.answerEvaluation(
                  EvaluationKind.FINAL,
                  Participant.resident(r),
                  ordered("look-back", "Ik open mijn post weer", "next-step", "Zelf verder"),
                  day(130));
              t.answerEvaluation(
                  EvaluationKind.FINAL,
                  Participant.coach(c),
                  ordered("look-back", "Veel geleerd", "next-step", "Zelfstandig"),
                  day(130));
              t.answerEvaluation(
                  EvaluationKind.FINAL,
                  Participant.specialist(s),
                  ordered("next-step", "Schuldregeling loopt door"),
                  day(130));
              t.concludeFinalEvaluation(
                  "Samen besloten: zelfstandig verder.", Outcome.INDEPENDENT, c, day(131));
            }));
    steps.add(
        step(
            "check-ins planned, the second coach leaves",
            t -> {
              t.planCheckIn(soon, date(160), c, day(131));
              t.planCheckIn(later, date(200), c, day(131));
              t.removeCoach(p.secondCoach().id());
            }));
    steps.add(
        step(
            "next conversation planned",
            t ->
                t.planConversation(
                    date(150).atTime(10, 0), "Gemeentehuis, kamer 2.14", c, day(140))));
    steps.add(step("next conversation cancelled", t -> t.cancelConversation(c, day(141))));
    steps.add(
        step(
            "next conversation planned again",
            t -> t.planConversation(date(160).atTime(9, 30), "Bij je thuis", c, day(141))));
    steps.add(
        step("check-in held", t -> t.recordCheckIn(soon, "Alles loopt goed.", true, c, day(160))));
    steps.add(step("closed", t -> t.close(c, day(210))));
    return steps;
  }

  /** A trajectory the coach stopped before the start conversation: closed at once. */
  static Trajectory stoppedEarly(TrajectoryId id, People p) {
    Trajectory t = started(id, p);
    t.invite(day(-20));
    t.activate(day(-19));
    t.stopEarly(
        EarlyStopReason.RESIDENT_WITHDREW, "Wil toch niet meedoen.", CATALOGUE, p.c(), day(-15));
    return t;
  }

  /** The snapshot with version 0: versions are the one thing that differs after storing. */
  static TrajectorySnapshot withoutVersion(TrajectorySnapshot s) {
    return withVersion(s, 0);
  }

  private static Step step(String name, Consumer<Trajectory> action) {
    return new Step(name, action);
  }

  /** Answers in the order given, so that the stored order is predictable. */
  private static Map<String, String> ordered(String... questionsAndAnswers) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < questionsAndAnswers.length; i += 2) {
      answers.put(questionsAndAnswers[i], questionsAndAnswers[i + 1]);
    }
    return answers;
  }

  private static ScreeningResult screening(
      ScreeningId id, ScreeningKind kind, int day, String instrument, String... domainsAndScores) {
    List<DomainScore> scores = new ArrayList<>();
    for (int i = 0; i < domainsAndScores.length; i += 2) {
      scores.add(new DomainScore(domainsAndScores[i], new BigDecimal(domainsAndScores[i + 1])));
    }
    return new ScreeningResult(id, kind, instrument, date(day), scores);
  }
}
