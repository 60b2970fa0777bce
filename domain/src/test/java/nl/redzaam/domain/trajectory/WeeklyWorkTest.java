package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.BUDGET_PLAN;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS_CANONICAL;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.LETTERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.LOCAL_FACILITIES;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.MONTHLY_ALLOWANCE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.catalogue;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inEndScreening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inMidEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.TrajectoryEvent.AnswersApproved;
import nl.redzaam.domain.trajectory.TrajectoryEvent.AnswersSubmitted;
import nl.redzaam.domain.trajectory.TrajectoryEvent.ReworkRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Steps 6 and 8: the week's assignments, the resident's answers and the coach's review. */
class WeeklyWorkTest {

  private static Map<String, String> incomeAnswersWith(String questionId, String answer) {
    Map<String, String> answers = new HashMap<>(INCOME_ANSWERS);
    if (answer == null) {
      answers.remove(questionId);
    } else {
      answers.put(questionId, answer);
    }
    return answers;
  }

  private static Trajectory withIncomeSubmitted() {
    Trajectory t = inCoaching();
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(2));
    t.releaseEvents();
    return t;
  }

  // ------------------------------------------------------------------ the week's assignments

  @Test
  void the_work_environment_shows_this_weeks_assignments() {
    Trajectory t = inCoaching();

    List<WeekAssignment> due = t.dueThisWeek(date(7), CATALOGUE);

    assertEquals(1, due.size());
    WeekAssignment allowance = due.get(0);
    assertEquals(MONTHLY_ALLOWANCE, allowance.code());
    assertEquals(2, allowance.week());
    assertEquals(Theme.ORGANISING_MONEY_MATTERS, allowance.theme());
    assertEquals("Bespreek de antwoorden.", allowance.coachExpectation());
    assertEquals("Zet de uitkering om naar maandbetaling.", allowance.specialistExpectation());
    // What the resident reads besides the instruction: the catalogue's reason and steps.
    assertEquals("Zo krijg je overzicht.", allowance.whyItMatters());
    assertEquals(List.of("Lees de uitleg", "Beantwoord de vragen"), allowance.steps());
    assertFalse(allowance.own());
    assertEquals(ProgressState.OPEN, allowance.progress().state());
  }

  @Test
  void a_week_without_assignments_has_nothing_due() {
    assertEquals(List.of(), inCoaching().dueThisWeek(date(firstDayOfWeek(3)), CATALOGUE));
  }

  @Test
  void nothing_is_due_before_coaching_starts_or_after_it_ends() {
    assertEquals(List.of(), inStartConversation().dueThisWeek(date(0), CATALOGUE));
    assertEquals(List.of(), inFinalEvaluation().dueThisWeek(date(firstDayOfWeek(26)), CATALOGUE));
  }

  @Test
  void nothing_is_due_once_coaching_stopped_even_in_a_week_with_assignments() {
    Trajectory t = inCoaching();
    t.stopEarly(EarlyStopReason.NOT_READY, "Past nu niet.", CATALOGUE, COACH, day(3));

    assertEquals(1, t.currentWeek(date(3)));
    assertEquals(2, t.assignmentsOfWeek(1, CATALOGUE).size());
    assertEquals(List.of(), t.dueThisWeek(date(3), CATALOGUE));
  }

  @Test
  void a_skipped_assignment_is_not_due_but_still_listed_in_its_week() {
    Trajectory t = inCoaching();
    t.skip(LOCAL_FACILITIES, CATALOGUE, COACH, day(0));

    assertEquals(
        List.of(INCOME_OVERVIEW),
        t.dueThisWeek(date(0), CATALOGUE).stream().map(WeekAssignment::code).toList());
    List<WeekAssignment> week = t.assignmentsOfWeek(1, CATALOGUE);
    assertEquals(2, week.size());
    assertTrue(week.stream().anyMatch(WeekAssignment::skipped));
  }

  @Test
  void the_week_is_read_from_the_trajectorys_own_catalogue() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "wrong-catalogue",
        () -> t.assignmentsOfWeek(1, catalogue(TrajectoryType.BUDGET_MANAGEMENT, 1)));
  }

  // ------------------------------------------------------------------ submitting answers

  @Test
  void the_resident_submits_answers_which_are_kept_in_canonical_form() {
    Trajectory t = inCoaching();

    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(2));

    AssignmentProgress progress = t.progress(INCOME_OVERVIEW);
    assertEquals(ProgressState.SUBMITTED, progress.state());
    assertEquals(INCOME_ANSWERS_CANONICAL, progress.answers());
    assertEquals(day(2), progress.submittedAt());
    assertEquals(
        List.of(new AnswersSubmitted(TRAJECTORY, INCOME_OVERVIEW, day(2))), t.releaseEvents());
  }

  @Test
  void an_assignment_without_questions_is_submitted_as_done() {
    Trajectory t = inCoaching();

    t.submitAnswers(LOCAL_FACILITIES, Map.of(), CATALOGUE, day(1));

    assertEquals(ProgressState.SUBMITTED, t.progress(LOCAL_FACILITIES).state());
    assertEquals(List.of(), t.progress(LOCAL_FACILITIES).answers());
  }

  @Test
  void an_optional_question_may_be_left_open() {
    Trajectory t = inCoaching();

    t.submitAnswers(INCOME_OVERVIEW, incomeAnswersWith("next-payment", "  "), CATALOGUE, day(2));

    assertEquals(INCOME_ANSWERS_CANONICAL.subList(0, 4), t.progress(INCOME_OVERVIEW).answers());
  }

  @Test
  void a_required_question_needs_an_answer() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "answer-required",
        () -> t.submitAnswers(INCOME_OVERVIEW, incomeAnswersWith("rent", null), CATALOGUE, day(2)));
    assertRefused(
        t,
        "answer-required",
        () ->
            t.submitAnswers(INCOME_OVERVIEW, incomeAnswersWith("income", " "), CATALOGUE, day(2)));
  }

  @ParameterizedTest(name = "{0} = \"{1}\" does not fit")
  @CsvSource({
    "has-digid, ja",
    "has-digid, Yes",
    "paid-how, per jaar",
    "rent, -12",
    "rent, 12.345",
    "rent, twaalf euro",
    "next-payment, 25-03-2025",
    "next-payment, 2025-02-30"
  })
  void answers_must_fit_the_question(String questionId, String answer) {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "answer-does-not-fit-question",
        () ->
            t.submitAnswers(
                INCOME_OVERVIEW, incomeAnswersWith(questionId, answer), CATALOGUE, day(2)));
  }

  @Test
  void only_the_assignments_own_questions_are_answered() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "unknown-question",
        () ->
            t.submitAnswers(
                INCOME_OVERVIEW, incomeAnswersWith("shoe-size", "42"), CATALOGUE, day(2)));
  }

  @Test
  void only_assignments_of_this_trajectory_are_answered() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "unknown-assignment",
        () -> t.submitAnswers(new AssignmentCode("BB-99-9"), Map.of(), CATALOGUE, day(2)));
  }

  @Test
  void answers_are_checked_against_the_trajectorys_own_catalogue() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "wrong-catalogue",
        () ->
            t.submitAnswers(
                INCOME_OVERVIEW,
                INCOME_ANSWERS,
                catalogue(TrajectoryType.DEBT_ASSISTANCE, 2),
                day(2)));
  }

  @Test
  void an_assignment_of_a_later_week_is_not_yet_available() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "assignment-not-yet-available",
        () ->
            t.submitAnswers(
                MONTHLY_ALLOWANCE, Map.of("ready-for-monthly", "yes"), CATALOGUE, day(6)));

    t.submitAnswers(MONTHLY_ALLOWANCE, Map.of("ready-for-monthly", "yes"), CATALOGUE, day(7));
    assertEquals(ProgressState.SUBMITTED, t.progress(MONTHLY_ALLOWANCE).state());
  }

  @Test
  void an_assignment_of_an_earlier_week_can_still_be_answered() {
    Trajectory t = inCoaching();

    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(60));

    assertEquals(ProgressState.SUBMITTED, t.progress(INCOME_OVERVIEW).state());
  }

  @Test
  void while_paused_no_new_week_opens() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(3));

    assertRefused(
        t,
        "assignment-not-yet-available",
        () ->
            t.submitAnswers(
                MONTHLY_ALLOWANCE, Map.of("ready-for-monthly", "yes"), CATALOGUE, day(20)));
  }

  @Test
  void assignments_are_answered_only_while_coaching_runs() {
    Trajectory before = inStartConversation();
    assertRefused(
        before,
        "not-in-coaching",
        () -> before.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(0)));

    Trajectory after = inFinalEvaluation();
    assertRefused(
        after,
        "not-in-coaching",
        () -> after.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(200)));
  }

  @Test
  void work_goes_on_during_the_mid_evaluation_and_the_end_screening() {
    Trajectory mid = inMidEvaluation();
    mid.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(firstDayOfWeek(18)));
    assertEquals(ProgressState.SUBMITTED, mid.progress(INCOME_OVERVIEW).state());

    Trajectory end = inEndScreening();
    end.submitAnswers(BUDGET_PLAN, Map.of("plan-ready", "no"), CATALOGUE, day(firstDayOfWeek(25)));
    assertEquals(ProgressState.SUBMITTED, end.progress(BUDGET_PLAN).state());
  }

  @Test
  void submitted_answers_wait_for_review_and_cannot_be_submitted_again() {
    Trajectory t = withIncomeSubmitted();

    assertRefused(
        t,
        "assignment-not-answerable",
        () -> t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(3)));
  }

  @Test
  void approved_answers_cannot_be_changed() {
    Trajectory t = withIncomeSubmitted();
    t.approve(INCOME_OVERVIEW, COACH, day(3));

    assertRefused(
        t,
        "assignment-not-answerable",
        () -> t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(4)));
  }

  @Test
  void a_skipped_assignment_cannot_be_answered() {
    Trajectory t = inCoaching();
    t.skip(LETTERS, CATALOGUE, COACH, day(0));

    assertRefused(
        t,
        "assignment-not-answerable",
        () -> t.submitAnswers(LETTERS, Map.of(), CATALOGUE, day(firstDayOfWeek(10))));
  }

  // ------------------------------------------------------------------ review

  @Test
  void the_coach_approves_submitted_answers() {
    Trajectory t = withIncomeSubmitted();

    t.approve(INCOME_OVERVIEW, COACH, day(3));

    AssignmentProgress progress = t.progress(INCOME_OVERVIEW);
    assertEquals(ProgressState.APPROVED, progress.state());
    assertEquals(COACH, progress.reviewedBy());
    assertEquals(day(3), progress.reviewedAt());
    assertNull(progress.feedback());
    assertEquals(INCOME_ANSWERS_CANONICAL, progress.answers());
    assertEquals(
        List.of(new AnswersApproved(TRAJECTORY, INCOME_OVERVIEW, COACH, day(3))),
        t.releaseEvents());
  }

  @Test
  void the_coach_asks_for_rework_saying_what_to_improve() {
    Trajectory t = withIncomeSubmitted();

    t.requestRework(INCOME_OVERVIEW, " Noem ook de toeslagen. ", COACH, day(3));

    AssignmentProgress progress = t.progress(INCOME_OVERVIEW);
    assertEquals(ProgressState.NEEDS_REWORK, progress.state());
    assertEquals("Noem ook de toeslagen.", progress.feedback());
    assertEquals(COACH, progress.reviewedBy());
    assertEquals(
        List.of(new ReworkRequested(TRAJECTORY, INCOME_OVERVIEW, COACH, day(3))),
        t.releaseEvents());
  }

  @Test
  void rework_needs_feedback() {
    Trajectory t = withIncomeSubmitted();

    assertRefused(t, "text-required", () -> t.requestRework(INCOME_OVERVIEW, "", COACH, day(3)));
  }

  @Test
  void after_rework_the_resident_submits_again_and_the_coach_approves() {
    Trajectory t = withIncomeSubmitted();
    t.requestRework(INCOME_OVERVIEW, "Noem ook de toeslagen.", COACH, day(3));

    t.submitAnswers(
        INCOME_OVERVIEW,
        incomeAnswersWith("income", "Loon, huur- en zorgtoeslag"),
        CATALOGUE,
        day(4));
    assertEquals(ProgressState.SUBMITTED, t.progress(INCOME_OVERVIEW).state());
    assertEquals(day(4), t.progress(INCOME_OVERVIEW).submittedAt());
    assertEquals(
        new Answer("income", "Loon, huur- en zorgtoeslag"),
        t.progress(INCOME_OVERVIEW).answers().get(0));

    t.approve(INCOME_OVERVIEW, COACH, day(5));
    assertEquals(ProgressState.APPROVED, t.progress(INCOME_OVERVIEW).state());
    assertNull(t.progress(INCOME_OVERVIEW).feedback());
  }

  @Test
  void only_submitted_answers_are_reviewed() {
    Trajectory open = inCoaching();
    assertRefused(open, "nothing-to-review", () -> open.approve(INCOME_OVERVIEW, COACH, day(3)));
    assertRefused(
        open,
        "nothing-to-review",
        () -> open.requestRework(INCOME_OVERVIEW, "Beter.", COACH, day(3)));

    Trajectory approved = withIncomeSubmitted();
    approved.approve(INCOME_OVERVIEW, COACH, day(3));
    assertRefused(
        approved, "nothing-to-review", () -> approved.approve(INCOME_OVERVIEW, COACH, day(4)));
    assertRefused(
        approved,
        "nothing-to-review",
        () -> approved.requestRework(INCOME_OVERVIEW, "Toch niet.", COACH, day(4)));
  }

  @Test
  void only_a_coach_of_the_trajectory_reviews_answers() {
    Trajectory t = withIncomeSubmitted();

    assertRefused(t, "coach-only", () -> t.approve(INCOME_OVERVIEW, SPECIALIST, day(3)));
    assertRefused(
        t, "coach-only", () -> t.requestRework(INCOME_OVERVIEW, "Beter.", SPECIALIST, day(3)));
  }

  @Test
  void an_untouched_assignment_is_open() {
    AssignmentProgress progress = inCoaching().progress(BUDGET_PLAN);

    assertEquals(ProgressState.OPEN, progress.state());
    assertFalse(progress.stressed());
    assertEquals(List.of(), progress.answers());
    assertTrue(inCoaching().progress().isEmpty());
  }
}
