package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.RESIDENT;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.STRANGER;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.catalogue;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inEndScreening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inMidEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inPartTwo;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartScreening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.invited;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.trajectory.TrajectoryEvent.EvaluationConcluded;
import nl.redzaam.domain.trajectory.TrajectoryEvent.EvaluationOpened;
import nl.redzaam.domain.trajectory.TrajectoryEvent.OutcomeDecided;
import org.junit.jupiter.api.Test;

/** Steps 5, 7 and 10: the start conversation, the mid evaluation and the final evaluation. */
class EvaluationsTest {

  // ------------------------------------------------------------------ the start conversation

  @Test
  void the_start_conversation_follows_activation() {
    Trajectory t = activated();

    t.openEvaluation(EvaluationKind.START, CATALOGUE, COACH, day(-1));

    assertEquals(Stage.START_CONVERSATION, t.stage());
    Evaluation start = t.evaluation(EvaluationKind.START).orElseThrow();
    assertEquals(date(-1), start.openedOn());
    assertFalse(start.concluded());
    assertEquals(CATALOGUE.evaluationQuestions(EvaluationKind.START), start.questions());
    assertEquals(
        List.of(new EvaluationOpened(TRAJECTORY, EvaluationKind.START, day(-1))),
        t.releaseEvents());
  }

  @Test
  void the_start_screening_is_optional_and_comes_before_the_start_conversation() {
    Trajectory t = inStartScreening();

    t.openEvaluation(EvaluationKind.START, CATALOGUE, COACH, day(-1));

    assertEquals(Stage.START_CONVERSATION, t.stage());
  }

  @Test
  void the_start_conversation_waits_for_the_resident_to_activate() {
    Trajectory t = invited();

    assertRefused(
        t, "wrong-stage", () -> t.openEvaluation(EvaluationKind.START, CATALOGUE, COACH, day(-1)));
  }

  @Test
  void the_start_conversation_is_held_once() {
    Trajectory t = inCoaching();

    assertRefused(
        t, "wrong-stage", () -> t.openEvaluation(EvaluationKind.START, CATALOGUE, COACH, day(1)));
  }

  @Test
  void concluding_the_start_conversation_starts_coaching_with_week_one_that_day() {
    Trajectory t = inStartConversation();

    t.concludeEvaluation(EvaluationKind.START, "  Doelen staan in het groeiplan. ", COACH, day(0));

    assertEquals(Stage.COACHING_PART_ONE, t.stage());
    assertEquals(date(0), t.snapshot().coachingStartedOn());
    assertEquals(1, t.currentWeek(date(0)));
    Evaluation start = t.evaluation(EvaluationKind.START).orElseThrow();
    assertTrue(start.concluded());
    assertEquals(date(0), start.concludedOn());
    assertEquals("Doelen staan in het groeiplan.", start.jointConclusion());
    assertEquals(
        List.of(new EvaluationConcluded(TRAJECTORY, EvaluationKind.START, day(0))),
        t.releaseEvents());
  }

  @Test
  void an_evaluation_needs_a_joint_conclusion() {
    Trajectory t = inStartConversation();

    assertRefused(
        t, "text-required", () -> t.concludeEvaluation(EvaluationKind.START, "   ", COACH, day(0)));
  }

  // ------------------------------------------------------------------ the mid evaluation

  @Test
  void the_mid_evaluation_is_held_during_part_one() {
    Trajectory t = inCoaching();

    t.openEvaluation(EvaluationKind.MID, CATALOGUE, COACH, day(firstDayOfWeek(18)));

    assertEquals(Stage.MID_EVALUATION, t.stage());
  }

  @Test
  void the_mid_evaluation_is_not_held_before_coaching_starts() {
    Trajectory t = inStartConversation();

    assertRefused(
        t, "wrong-stage", () -> t.openEvaluation(EvaluationKind.MID, CATALOGUE, COACH, day(0)));
  }

  @Test
  void the_mid_evaluation_is_held_once() {
    Trajectory t = inPartTwo();

    assertRefused(
        t,
        "wrong-stage",
        () -> t.openEvaluation(EvaluationKind.MID, CATALOGUE, COACH, day(firstDayOfWeek(20))));
  }

  @Test
  void the_mid_evaluation_is_due_from_week_eighteen_of_part_one() {
    Trajectory t = inCoaching();

    assertFalse(t.midEvaluationDue(date(firstDayOfWeek(18) - 1)));
    assertTrue(t.midEvaluationDue(date(firstDayOfWeek(18))));
    assertTrue(t.midEvaluationDue(date(firstDayOfWeek(22))));
    assertFalse(inMidEvaluation().midEvaluationDue(date(firstDayOfWeek(19))));
    assertFalse(inPartTwo().midEvaluationDue(date(firstDayOfWeek(19))));
  }

  @Test
  void concluding_the_mid_evaluation_starts_part_two() {
    Trajectory t = inMidEvaluation();

    t.concludeEvaluation(EvaluationKind.MID, "Door naar deel twee.", COACH, day(130));

    assertEquals(Stage.COACHING_PART_TWO, t.stage());
    assertTrue(t.evaluation(EvaluationKind.MID).orElseThrow().concluded());
  }

  @Test
  void an_evaluation_that_is_not_open_cannot_be_concluded() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "evaluation-not-open",
        () -> t.concludeEvaluation(EvaluationKind.MID, "Klaar.", COACH, day(10)));
    assertRefused(
        t,
        "evaluation-not-open",
        () -> t.concludeEvaluation(EvaluationKind.START, "Nog eens.", COACH, day(10)));
  }

  // ------------------------------------------------------------------ the final evaluation

  @Test
  void the_final_evaluation_is_held_during_part_two() {
    Trajectory t = inPartTwo();

    t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(180));

    assertEquals(Stage.FINAL_EVALUATION, t.stage());
  }

  @Test
  void the_final_evaluation_may_follow_the_end_screening() {
    Trajectory t = inEndScreening();

    t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(180));

    assertEquals(Stage.FINAL_EVALUATION, t.stage());
  }

  @Test
  void the_final_evaluation_is_not_held_in_part_one() {
    Trajectory t = inCoaching();

    assertRefused(
        t, "wrong-stage", () -> t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(50)));
  }

  @Test
  void opening_the_final_evaluation_ends_coaching() {
    Trajectory t = inPartTwo();

    t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(180));

    assertEquals(date(180), t.snapshot().coachingEndedOn());
    assertEquals(List.of(), t.dueThisWeek(date(180), CATALOGUE));
  }

  @Test
  void the_outcome_is_set_only_with_the_final_evaluation() {
    Trajectory t = inFinalEvaluation();
    assertEquals(Optional.empty(), t.outcome());

    assertRefused(
        t,
        "outcome-with-final-evaluation",
        () -> t.concludeEvaluation(EvaluationKind.FINAL, "Klaar.", COACH, day(200)));
    assertEquals(Optional.empty(), t.outcome());
  }

  @Test
  void concluding_the_final_evaluation_decides_the_outcome_and_starts_aftercare() {
    Trajectory t = inFinalEvaluation();

    t.concludeFinalEvaluation(
        "Lichtere steun via vrijwilligers.", Outcome.LIGHTER_SUPPORT, COACH, day(200));

    assertEquals(Stage.AFTERCARE, t.stage());
    assertEquals(Optional.of(Outcome.LIGHTER_SUPPORT), t.outcome());
    Evaluation last = t.evaluation(EvaluationKind.FINAL).orElseThrow();
    assertEquals("Lichtere steun via vrijwilligers.", last.jointConclusion());
    assertEquals(date(200), last.concludedOn());
    assertEquals(
        List.of(
            new EvaluationConcluded(TRAJECTORY, EvaluationKind.FINAL, day(200)),
            new OutcomeDecided(TRAJECTORY, Outcome.LIGHTER_SUPPORT, day(200))),
        t.releaseEvents());
  }

  @Test
  void the_final_evaluation_is_concluded_only_once_it_is_open() {
    Trajectory t = inPartTwo();

    assertRefused(
        t,
        "evaluation-not-open",
        () -> t.concludeFinalEvaluation("Klaar.", Outcome.INDEPENDENT, COACH, day(150)));
  }

  @Test
  void the_final_evaluation_needs_a_joint_conclusion() {
    Trajectory t = inFinalEvaluation();

    assertRefused(
        t,
        "text-required",
        () -> t.concludeFinalEvaluation("", Outcome.INDEPENDENT, COACH, day(200)));
  }

  @Test
  void the_final_evaluation_is_concluded_once() {
    Trajectory t = inFinalEvaluation();
    t.concludeFinalEvaluation("Zelfstandig.", Outcome.INDEPENDENT, COACH, day(200));

    assertRefused(
        t,
        "evaluation-not-open",
        () -> t.concludeFinalEvaluation("Toch niet.", Outcome.CONTINUED_SUPPORT, COACH, day(201)));
    assertEquals(Optional.of(Outcome.INDEPENDENT), t.outcome());
  }

  // ------------------------------------------------------------------ who leads them

  @Test
  void only_a_coach_of_the_trajectory_opens_an_evaluation() {
    Trajectory t = activated();

    assertRefused(
        t,
        "coach-only",
        () -> t.openEvaluation(EvaluationKind.START, CATALOGUE, SPECIALIST, day(-1)));
  }

  @Test
  void only_a_coach_of_the_trajectory_concludes_an_evaluation() {
    Trajectory t = inStartConversation();

    assertRefused(
        t,
        "coach-only",
        () -> t.concludeEvaluation(EvaluationKind.START, "Klaar.", SPECIALIST, day(0)));
  }

  @Test
  void only_a_coach_of_the_trajectory_concludes_the_final_evaluation() {
    Trajectory t = inFinalEvaluation();

    assertRefused(
        t,
        "coach-only",
        () -> t.concludeFinalEvaluation("Klaar.", Outcome.INDEPENDENT, STRANGER, day(200)));
  }

  @Test
  void an_evaluation_takes_its_questions_from_the_trajectorys_own_catalogue() {
    Trajectory t = activated();

    assertRefused(
        t,
        "wrong-catalogue",
        () ->
            t.openEvaluation(
                EvaluationKind.START,
                catalogue(TrajectoryType.DEBT_ASSISTANCE, 2),
                COACH,
                day(-1)));
  }

  // ------------------------------------------------------------------ answers

  @Test
  void resident_coach_and_specialist_each_answer_the_evaluation() {
    Trajectory t = inStartConversation();

    t.answerEvaluation(
        EvaluationKind.START, Participant.resident(RESIDENT), Map.of("goals", " Rust "), day(-1));
    t.answerEvaluation(
        EvaluationKind.START, Participant.coach(COACH), Map.of("goals", "Overzicht"), day(-1));
    t.answerEvaluation(
        EvaluationKind.START,
        Participant.specialist(SPECIALIST),
        Map.of("worries", "Terugval"),
        day(-1));

    assertEquals(
        List.of(
            new EvaluationAnswer(Participant.resident(RESIDENT), "goals", "Rust"),
            new EvaluationAnswer(Participant.coach(COACH), "goals", "Overzicht"),
            new EvaluationAnswer(Participant.specialist(SPECIALIST), "worries", "Terugval")),
        t.evaluation(EvaluationKind.START).orElseThrow().answers());
  }

  @Test
  void answering_again_replaces_only_ones_own_earlier_answers() {
    Trajectory t = inStartConversation();
    t.answerEvaluation(
        EvaluationKind.START, Participant.resident(RESIDENT), Map.of("goals", "Rust"), day(-1));
    t.answerEvaluation(
        EvaluationKind.START, Participant.coach(COACH), Map.of("goals", "Overzicht"), day(-1));

    t.answerEvaluation(
        EvaluationKind.START,
        Participant.resident(RESIDENT),
        Map.of("worries", "Post openen"),
        day(-1));

    assertEquals(
        List.of(
            new EvaluationAnswer(Participant.coach(COACH), "goals", "Overzicht"),
            new EvaluationAnswer(Participant.resident(RESIDENT), "worries", "Post openen")),
        t.evaluation(EvaluationKind.START).orElseThrow().answers());
  }

  @Test
  void only_the_trajectorys_participants_answer_an_evaluation() {
    Trajectory t = inStartConversation();

    assertRefused(
        t,
        "not-a-participant",
        () ->
            t.answerEvaluation(
                EvaluationKind.START, Participant.coach(STRANGER), Map.of("goals", "x"), day(-1)));
    assertRefused(
        t,
        "not-a-participant",
        () ->
            t.answerEvaluation(
                EvaluationKind.START,
                Participant.resident(new ResidentId(uuid(99))),
                Map.of("goals", "x"),
                day(-1)));
  }

  @Test
  void a_participant_answers_only_in_the_role_they_have() {
    Trajectory t = inStartConversation();

    assertRefused(
        t,
        "not-a-participant",
        () ->
            t.answerEvaluation(
                EvaluationKind.START,
                Participant.coach(SPECIALIST),
                Map.of("goals", "x"),
                day(-1)));
    assertRefused(
        t,
        "not-a-participant",
        () ->
            t.answerEvaluation(
                EvaluationKind.START,
                Participant.specialist(COACH),
                Map.of("goals", "x"),
                day(-1)));
  }

  @Test
  void an_evaluation_is_answered_only_while_it_is_open() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "evaluation-not-open",
        () ->
            t.answerEvaluation(
                EvaluationKind.START,
                Participant.resident(RESIDENT),
                Map.of("goals", "x"),
                day(1)));
    assertRefused(
        t,
        "evaluation-not-open",
        () ->
            t.answerEvaluation(
                EvaluationKind.MID,
                Participant.resident(RESIDENT),
                Map.of("experience", "x"),
                day(1)));
  }

  @Test
  void only_the_evaluations_own_questions_are_answered() {
    Trajectory t = inStartConversation();

    assertRefused(
        t,
        "unknown-question",
        () ->
            t.answerEvaluation(
                EvaluationKind.START,
                Participant.resident(RESIDENT),
                Map.of("goals", "Rust", "experience", "Fijn"),
                day(-1)));
  }

  @Test
  void an_evaluation_answer_is_not_empty() {
    Trajectory t = inStartConversation();

    assertRefused(
        t,
        "text-required",
        () ->
            t.answerEvaluation(
                EvaluationKind.START,
                Participant.resident(RESIDENT),
                Map.of("goals", " "),
                day(-1)));
  }

  // ------------------------------------------------------------------ evaluations left open

  @Test
  void a_mid_evaluation_left_open_by_an_early_stop_cannot_take_the_trajectory_back_to_part_two() {
    Trajectory t = inMidEvaluation();
    t.stopEarly(
        EarlyStopReason.READY_SOONER, "Sneller klaar dan gedacht.", CATALOGUE, COACH, day(130));
    assertEquals(Stage.FINAL_EVALUATION, t.stage());

    assertRefused(
        t,
        "wrong-stage",
        () -> t.concludeEvaluation(EvaluationKind.MID, "Door naar deel twee.", COACH, day(131)));
    assertEquals(Stage.FINAL_EVALUATION, t.stage());
  }

  @Test
  void a_start_conversation_left_open_by_an_early_stop_cannot_start_coaching_afterwards() {
    Trajectory t = inStartConversation();
    t.stopEarly(EarlyStopReason.RESIDENT_WITHDREW, "Wil niet meer.", CATALOGUE, COACH, day(0));

    assertRefused(
        t,
        "wrong-stage",
        () -> t.concludeEvaluation(EvaluationKind.START, "Toch beginnen.", COACH, day(1)));
    assertNull(t.snapshot().coachingStartedOn());
    assertEquals(0, t.currentWeek(date(30)));
  }
}
