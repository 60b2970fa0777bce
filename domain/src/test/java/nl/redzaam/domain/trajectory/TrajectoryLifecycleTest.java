package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.BUDGET_PLAN;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS_CANONICAL;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.LOCAL_FACILITIES;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.MONTHLY_ALLOWANCE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.MUNICIPALITY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.RESIDENT;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.eventNames;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.screening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The whole method, step by step, as specialist, coach and resident go through it. */
class TrajectoryLifecycleTest {

  @Test
  void a_trajectory_runs_from_selection_through_coaching_and_aftercare_to_closed() {
    // Step 1: the specialist selects the resident and starts the trajectory.
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
    assertEquals(Stage.SELECTED, t.stage());
    assertEquals(0, t.currentWeek(date(-21)));

    // Steps 2-3: the resident is invited and activates the account.
    t.invite(day(-20));
    assertEquals(Stage.INVITED, t.stage());
    t.activate(day(-19));
    assertEquals(Stage.ACTIVATED, t.stage());

    // Step 4: the optional start screening.
    t.recordScreening(
        screening(ScreeningKind.START, "Mesis", date(-5), "overzicht", "2", "besteden", "1.5"),
        day(-5));
    assertEquals(Stage.START_SCREENING, t.stage());

    // Step 5: the start conversation, answered by all three, concluded on day 0.
    t.openEvaluation(EvaluationKind.START, CATALOGUE, COACH, day(-1));
    assertEquals(Stage.START_CONVERSATION, t.stage());
    t.answerEvaluation(
        EvaluationKind.START,
        Participant.resident(RESIDENT),
        Map.of("goals", "Zelf mijn rekeningen betalen"),
        day(-1));
    t.answerEvaluation(
        EvaluationKind.START, Participant.coach(COACH), Map.of("goals", "Overzicht"), day(-1));
    t.answerEvaluation(
        EvaluationKind.START,
        Participant.specialist(SPECIALIST),
        Map.of("worries", "Nieuwe schulden"),
        day(-1));
    t.concludeEvaluation(EvaluationKind.START, "Doelen staan in het groeiplan.", COACH, day(0));
    assertEquals(Stage.COACHING_PART_ONE, t.stage());
    assertEquals(1, t.currentWeek(date(0)));
    Evaluation start = t.evaluation(EvaluationKind.START).orElseThrow();
    assertEquals(3, start.answers().size());
    assertEquals(date(0), start.concludedOn());

    // Step 6: week 1 shows its two assignments; the resident answers, the coach asks for rework.
    assertEquals(
        List.of(INCOME_OVERVIEW, LOCAL_FACILITIES),
        t.dueThisWeek(date(0), CATALOGUE).stream().map(WeekAssignment::code).toList());
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(2));
    assertEquals(ProgressState.SUBMITTED, t.progress(INCOME_OVERVIEW).state());
    assertEquals(INCOME_ANSWERS_CANONICAL, t.progress(INCOME_OVERVIEW).answers());
    NoteId note = new NoteId(uuid(102));
    t.leaveNote(note, LOCAL_FACILITIES, "Waar vind ik de voedselbank?", CATALOGUE, day(3));
    assertTrue(t.notes().get(0).awaitsReply());
    t.replyToNote(note, "Kijk op de sociale kaart van de gemeente.", SPECIALIST, day(4));
    assertFalse(t.notes().get(0).awaitsReply());
    t.requestRework(INCOME_OVERVIEW, "Noem ook de toeslagen apart.", COACH, day(4));
    assertEquals(ProgressState.NEEDS_REWORK, t.progress(INCOME_OVERVIEW).state());
    assertEquals("Noem ook de toeslagen apart.", t.progress(INCOME_OVERVIEW).feedback());
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(5));
    assertEquals(ProgressState.SUBMITTED, t.progress(INCOME_OVERVIEW).state());
    t.approve(INCOME_OVERVIEW, COACH, day(6));
    assertEquals(ProgressState.APPROVED, t.progress(INCOME_OVERVIEW).state());
    assertEquals(COACH, t.progress(INCOME_OVERVIEW).reviewedBy());

    // Week 2 begins seven days after week 1: the specialist's assignment is due.
    assertEquals(2, t.currentWeek(date(7)));
    assertEquals(
        List.of(MONTHLY_ALLOWANCE),
        t.dueThisWeek(date(7), CATALOGUE).stream().map(WeekAssignment::code).toList());
    t.submitAnswers(MONTHLY_ALLOWANCE, Map.of("ready-for-monthly", "yes"), CATALOGUE, day(8));
    t.approve(MONTHLY_ALLOWANCE, COACH, day(9));

    // A pause of two weeks (days 14-27): the weeks stand still.
    assertEquals(3, t.currentWeek(date(14)));
    t.pause(COACH, day(14));
    assertTrue(t.paused());
    assertEquals(3, t.currentWeek(date(27)));
    t.resume(COACH, day(28));
    assertFalse(t.paused());
    assertEquals(3, t.currentWeek(date(28)));
    assertEquals(4, t.currentWeek(date(35)));

    // Faster for a week, slower for two, then normal again.
    t.changeTempo(Tempo.FASTER, COACH, day(35));
    t.changeTempo(Tempo.SLOWER, COACH, day(42));
    t.changeTempo(Tempo.NORMAL, COACH, day(56));
    assertEquals(Tempo.NORMAL, t.tempo());
    // 21 normal days (84 units) + 7 faster (42) + 14 slower (28) = 154 units = week 6 on day 56.
    assertEquals(6, t.currentWeek(date(56)));
    // Week 18 (476 units) begins on day 137.
    assertFalse(t.midEvaluationDue(date(136)));
    assertEquals(17, t.currentWeek(date(136)));
    assertTrue(t.midEvaluationDue(date(137)));
    assertEquals(18, t.currentWeek(date(137)));

    // Step 7: the mid evaluation.
    t.openEvaluation(EvaluationKind.MID, CATALOGUE, COACH, day(137));
    assertEquals(Stage.MID_EVALUATION, t.stage());
    assertFalse(t.midEvaluationDue(date(137)));
    t.answerEvaluation(
        EvaluationKind.MID, Participant.resident(RESIDENT), Map.of("experience", "Fijn"), day(137));
    t.concludeEvaluation(EvaluationKind.MID, "Door naar besteden.", COACH, day(138));
    assertEquals(Stage.COACHING_PART_TWO, t.stage());

    // Step 8: part two; the week 20 assignment opens on day 151.
    assertEquals(19, t.currentWeek(date(150)));
    assertEquals(20, t.currentWeek(date(151)));
    t.submitAnswers(BUDGET_PLAN, Map.of("plan-ready", "yes"), CATALOGUE, day(151));
    t.approve(BUDGET_PLAN, COACH, day(152));

    // Step 9: the end screening, compared with the start screening.
    t.recordScreening(
        screening(ScreeningKind.END, "Mesis", date(160), "overzicht", "3.5", "besteden", "2"),
        day(160));
    assertEquals(Stage.END_SCREENING, t.stage());
    ScreeningComparison comparison = t.screeningComparison().orElseThrow();
    assertEquals(
        List.of(new BigDecimal("1.50"), new BigDecimal("0.50")),
        comparison.changes().stream().map(ScreeningComparison.DomainChange::change).toList());

    // Step 10: the final evaluation ends coaching; the week is frozen from then on.
    t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(170));
    assertEquals(Stage.FINAL_EVALUATION, t.stage());
    int lastWeek = t.currentWeek(date(170));
    assertEquals(22, lastWeek);
    assertEquals(lastWeek, t.currentWeek(date(400)));
    assertEquals(Optional.empty(), t.outcome());
    t.answerEvaluation(
        EvaluationKind.FINAL,
        Participant.resident(RESIDENT),
        Map.of("look-back", "Ik heb overzicht", "next-step", "Zelf verder"),
        day(170));
    t.concludeFinalEvaluation(
        "Zelfstandig verder, met twee waakvlamgesprekken.", Outcome.INDEPENDENT, COACH, day(171));

    // Step 11: aftercare with a check-in.
    assertEquals(Stage.AFTERCARE, t.stage());
    assertEquals(Optional.of(Outcome.INDEPENDENT), t.outcome());
    CheckInId checkIn = new CheckInId(uuid(103));
    t.planCheckIn(checkIn, date(200), COACH, day(171));
    t.recordCheckIn(checkIn, "Gaat goed, rekeningen betaald.", true, COACH, day(200));
    assertEquals(date(200), t.checkIns().get(0).heldOn());

    // Closed, and from then on read-only.
    t.close(COACH, day(210));
    assertEquals(Stage.CLOSED, t.stage());

    assertEquals(
        List.of(
            "TrajectoryStarted",
            "ResidentInvited",
            "ResidentActivated",
            "ScreeningRecorded",
            "EvaluationOpened",
            "EvaluationConcluded",
            "AnswersSubmitted",
            "NoteLeft",
            "NoteAnswered",
            "ReworkRequested",
            "AnswersSubmitted",
            "AnswersApproved",
            "AnswersSubmitted",
            "AnswersApproved",
            "TrajectoryPaused",
            "TrajectoryResumed",
            "TempoChanged",
            "TempoChanged",
            "TempoChanged",
            "EvaluationOpened",
            "EvaluationConcluded",
            "AnswersSubmitted",
            "AnswersApproved",
            "ScreeningRecorded",
            "EvaluationOpened",
            "EvaluationConcluded",
            "OutcomeDecided",
            "CheckInPlanned",
            "CheckInHeld",
            "TrajectoryClosed"),
        eventNames(t.releaseEvents()));

    assertRefused(
        t,
        "closed-trajectory-is-read-only",
        () -> t.leaveNote(new NoteId(uuid(104)), INCOME_OVERVIEW, "Hallo?", CATALOGUE, day(220)));
  }

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void the_final_evaluation_ends_in_one_of_the_outcomes_11a_11b_or_11c(Outcome outcome) {
    Trajectory t = inFinalEvaluation();

    t.concludeFinalEvaluation("Samen besloten.", outcome, COACH, day(200));

    assertEquals(Optional.of(outcome), t.outcome());
    assertEquals(Stage.AFTERCARE, t.stage());
    assertEquals(List.of("EvaluationConcluded", "OutcomeDecided"), eventNames(t.releaseEvents()));
  }
}
