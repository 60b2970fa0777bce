package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.LETTERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.catalogue;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inEndScreening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.TrajectoryEvent.AssignmentReinstated;
import nl.redzaam.domain.trajectory.TrajectoryEvent.AssignmentSkipped;
import nl.redzaam.domain.trajectory.TrajectoryEvent.AssignmentStressChanged;
import nl.redzaam.domain.trajectory.TrajectoryEvent.OwnAssignmentAdded;
import org.junit.jupiter.api.Test;

/** Room for tailoring: skip, reinstate, stress, and the coach's own assignments. */
class TailoringTest {

  private static final List<Question> SAVINGS_QUESTIONS =
      List.of(question("saved", AnswerType.AMOUNT, true));

  private static AssignmentCode addSavingsAssignment(
      Trajectory t, int week, StaffMemberId coach, int today) {
    return t.addOwnAssignment(
        week,
        Theme.BEING_PREPARED,
        "Spaarpotje",
        "Zet elke week een klein bedrag opzij.",
        SAVINGS_QUESTIONS,
        coach,
        day(today));
  }

  // ------------------------------------------------------------------ skip and reinstate

  @Test
  void a_coach_decides_an_assignment_need_not_be_done() {
    Trajectory t = inCoaching();

    t.skip(LETTERS, CATALOGUE, COACH, day(1));

    assertEquals(ProgressState.SKIPPED, t.progress(LETTERS).state());
    assertEquals(List.of(new AssignmentSkipped(TRAJECTORY, LETTERS, day(1))), t.releaseEvents());
  }

  @Test
  void assignments_can_be_tailored_from_the_start_conversation_on() {
    Trajectory t = inStartConversation();

    t.skip(LETTERS, CATALOGUE, COACH, day(-1));

    assertEquals(ProgressState.SKIPPED, t.progress(LETTERS).state());
  }

  @Test
  void assignments_are_not_tailored_before_the_start_conversation() {
    Trajectory t = activated();

    assertRefused(t, "not-tailorable", () -> t.skip(LETTERS, CATALOGUE, COACH, day(-5)));
  }

  @Test
  void assignments_are_not_tailored_once_the_final_evaluation_began() {
    Trajectory t = inFinalEvaluation();

    assertRefused(t, "not-tailorable", () -> t.skip(LETTERS, CATALOGUE, COACH, day(200)));
    assertRefused(t, "not-tailorable", () -> t.stress(LETTERS, true, CATALOGUE, COACH, day(200)));
    assertRefused(t, "not-tailorable", () -> addSavingsAssignment(t, 30, COACH, 200));
  }

  @Test
  void approved_work_cannot_be_skipped() {
    Trajectory t = inCoaching();
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    t.approve(INCOME_OVERVIEW, COACH, day(2));

    assertRefused(t, "cannot-skip", () -> t.skip(INCOME_OVERVIEW, CATALOGUE, COACH, day(3)));
  }

  @Test
  void submitted_answers_are_reviewed_before_the_assignment_can_be_skipped() {
    Trajectory t = inCoaching();
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));

    assertRefused(t, "cannot-skip", () -> t.skip(INCOME_OVERVIEW, CATALOGUE, COACH, day(2)));
  }

  @Test
  void a_skipped_assignment_is_not_skipped_twice() {
    Trajectory t = inCoaching();
    t.skip(LETTERS, CATALOGUE, COACH, day(1));

    assertRefused(t, "cannot-skip", () -> t.skip(LETTERS, CATALOGUE, COACH, day(2)));
  }

  @Test
  void only_assignments_of_this_trajectory_are_skipped() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "unknown-assignment",
        () -> t.skip(new AssignmentCode("BB-01-1"), CATALOGUE, COACH, day(1)));
    assertRefused(
        t,
        "wrong-catalogue",
        () -> t.skip(LETTERS, catalogue(TrajectoryType.DEBT_ASSISTANCE, 2), COACH, day(1)));
  }

  @Test
  void only_a_coach_of_the_trajectory_tailors_it() {
    Trajectory t = inCoaching();
    AssignmentCode own = addSavingsAssignment(t, 3, COACH, 1);
    t.skip(own, CATALOGUE, COACH, day(1));

    assertRefused(t, "coach-only", () -> t.skip(LETTERS, CATALOGUE, SPECIALIST, day(1)));
    assertRefused(t, "coach-only", () -> t.reinstate(own, SPECIALIST, day(1)));
    assertRefused(t, "coach-only", () -> t.stress(LETTERS, true, CATALOGUE, SPECIALIST, day(1)));
    assertRefused(t, "coach-only", () -> addSavingsAssignment(t, 3, SPECIALIST, 1));
  }

  @Test
  void a_reinstated_assignment_that_was_never_answered_is_open_again() {
    Trajectory t = inCoaching();
    t.skip(LETTERS, CATALOGUE, COACH, day(1));
    t.releaseEvents();

    t.reinstate(LETTERS, COACH, day(2));

    assertEquals(ProgressState.OPEN, t.progress(LETTERS).state());
    assertEquals(List.of(new AssignmentReinstated(TRAJECTORY, LETTERS, day(2))), t.releaseEvents());
  }

  @Test
  void a_reinstated_assignment_that_was_answered_before_can_be_answered_again() {
    Trajectory t = inCoaching();
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    t.requestRework(INCOME_OVERVIEW, "Vul ook je toeslagen in.", COACH, day(2));
    t.skip(INCOME_OVERVIEW, CATALOGUE, COACH, day(2));

    t.reinstate(INCOME_OVERVIEW, COACH, day(3));

    assertEquals(ProgressState.NEEDS_REWORK, t.progress(INCOME_OVERVIEW).state());
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(4));
    assertEquals(ProgressState.SUBMITTED, t.progress(INCOME_OVERVIEW).state());
  }

  @Test
  void only_a_skipped_assignment_is_reinstated() {
    Trajectory t = inCoaching();

    assertRefused(t, "not-skipped", () -> t.reinstate(LETTERS, COACH, day(2)));
  }

  // ------------------------------------------------------------------ stress

  @Test
  void coach_and_resident_stress_an_assignment_and_can_stop_doing_so() {
    Trajectory t = inCoaching();
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    t.releaseEvents();

    t.stress(INCOME_OVERVIEW, true, CATALOGUE, COACH, day(2));
    assertTrue(t.progress(INCOME_OVERVIEW).stressed());
    assertEquals(ProgressState.SUBMITTED, t.progress(INCOME_OVERVIEW).state());

    t.stress(INCOME_OVERVIEW, false, CATALOGUE, COACH, day(3));
    assertFalse(t.progress(INCOME_OVERVIEW).stressed());
    assertEquals(
        List.of(
            new AssignmentStressChanged(TRAJECTORY, INCOME_OVERVIEW, true, day(2)),
            new AssignmentStressChanged(TRAJECTORY, INCOME_OVERVIEW, false, day(3))),
        t.releaseEvents());
  }

  @Test
  void stressing_changes_something_or_is_refused() {
    Trajectory t = inCoaching();

    assertRefused(
        t, "stress-unchanged", () -> t.stress(INCOME_OVERVIEW, false, CATALOGUE, COACH, day(1)));
    assertEquals(List.of(), t.progress());
  }

  @Test
  void stress_stays_when_the_answers_are_reviewed() {
    Trajectory t = inCoaching();
    t.stress(INCOME_OVERVIEW, true, CATALOGUE, COACH, day(0));
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    t.approve(INCOME_OVERVIEW, COACH, day(2));

    assertTrue(t.progress(INCOME_OVERVIEW).stressed());
  }

  @Test
  void only_assignments_of_this_trajectory_are_stressed() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "unknown-assignment",
        () -> t.stress(new AssignmentCode("BB-01-1"), true, CATALOGUE, COACH, day(1)));
  }

  // ------------------------------------------------------------------ own assignments

  @Test
  void a_coach_adds_an_assignment_of_their_own_to_a_week() {
    Trajectory t = inCoaching();

    AssignmentCode code = addSavingsAssignment(t, 3, COACH, 1);

    assertEquals(new AssignmentCode("EIGEN-1"), code);
    assertEquals(List.of(new OwnAssignmentAdded(TRAJECTORY, code, day(1))), t.releaseEvents());
    WeekAssignment own = t.assignmentsOfWeek(3, CATALOGUE).get(0);
    assertTrue(own.own());
    assertEquals(code, own.code());
    assertEquals("Spaarpotje", own.title());
    assertEquals(SAVINGS_QUESTIONS, own.questions());
    assertNull(own.coachExpectation());
    assertNull(own.specialistExpectation());
    assertNull(own.whyItMatters());
    assertEquals(List.of(), own.steps());
    assertEquals(COACH, t.ownAssignments().get(0).addedBy());
  }

  @Test
  void own_assignments_get_their_own_codes() {
    Trajectory t = inCoaching();

    AssignmentCode first = addSavingsAssignment(t, 3, COACH, 1);
    AssignmentCode second = addSavingsAssignment(t, 4, COACH, 1);

    assertEquals(new AssignmentCode("EIGEN-2"), second);
    assertEquals(
        List.of(first, second), t.ownAssignments().stream().map(OwnAssignment::code).toList());
  }

  @Test
  void an_own_assignment_is_answered_like_any_other() {
    Trajectory t = inCoaching();
    AssignmentCode code = addSavingsAssignment(t, 1, COACH, 0);

    assertRefused(
        t,
        "answer-does-not-fit-question",
        () -> t.submitAnswers(code, Map.of("saved", "veel"), CATALOGUE, day(1)));
    t.submitAnswers(code, Map.of("saved", "5"), CATALOGUE, day(1));

    assertEquals(List.of(new Answer("saved", "5.00")), t.progress(code).answers());
    assertEquals(
        List.of(code),
        t.dueThisWeek(TrajectoryFixtures.date(1), CATALOGUE).stream()
            .filter(WeekAssignment::own)
            .map(WeekAssignment::code)
            .toList());
  }

  @Test
  void an_own_assignment_of_a_later_week_waits_for_that_week() {
    Trajectory t = inCoaching();
    AssignmentCode code = addSavingsAssignment(t, 3, COACH, 0);

    assertRefused(
        t,
        "assignment-not-yet-available",
        () -> t.submitAnswers(code, Map.of("saved", "5"), CATALOGUE, day(firstDayOfWeek(3) - 1)));
  }

  @Test
  void an_own_assignment_is_planned_for_the_current_week_or_later() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "own-assignment-not-in-past",
        () -> addSavingsAssignment(t, 2, COACH, firstDayOfWeek(3)));
    assertEquals(
        new AssignmentCode("EIGEN-1"), addSavingsAssignment(t, 3, COACH, firstDayOfWeek(3)));
  }

  @Test
  void before_coaching_starts_an_own_assignment_is_planned_from_week_one() {
    Trajectory t = inStartConversation();

    assertRefused(t, "own-assignment-not-in-past", () -> addSavingsAssignment(t, 0, COACH, -1));
    addSavingsAssignment(t, 1, COACH, -1);
    assertEquals(1, t.ownAssignments().size());
  }

  @Test
  void an_own_assignment_needs_a_title_and_unique_question_ids() {
    Trajectory t = inEndScreening();
    int today = firstDayOfWeek(25);

    assertRefused(
        t,
        "text-required",
        () ->
            t.addOwnAssignment(
                25, Theme.BEING_PREPARED, " ", "Doe iets.", List.of(), COACH, day(today)));
    assertRefused(
        t,
        "question-ids-unique",
        () ->
            t.addOwnAssignment(
                25,
                Theme.BEING_PREPARED,
                "Buffer",
                "Doe iets.",
                List.of(
                    question("saved", AnswerType.AMOUNT, true),
                    question("saved", AnswerType.YES_NO, false)),
                COACH,
                day(today)));
  }

  @Test
  void an_own_assignment_counts_its_weeks_from_one() {
    assertViolates(
        "week-counts-from-one",
        () ->
            new OwnAssignment(
                new AssignmentCode("EIGEN-1"),
                0,
                Theme.INCOME,
                "Titel",
                "Doe iets.",
                List.of(),
                COACH));
  }

  // ------------------------------------------------------------------ stress with a reason

  @Test
  void a_coach_stresses_an_assignment_with_a_reason_for_the_resident_and_lifting_drops_it() {
    Trajectory t = inCoaching();

    t.stress(LETTERS, true, "  Je post is nu het belangrijkst. ", CATALOGUE, COACH, day(1));
    assertTrue(t.progress(LETTERS).stressed());
    assertEquals("Je post is nu het belangrijkst.", t.progress(LETTERS).stressReason());

    t.stress(LETTERS, false, null, CATALOGUE, COACH, day(2));
    assertFalse(t.progress(LETTERS).stressed());
    assertNull(t.progress(LETTERS).stressReason());
  }

  @Test
  void a_blank_reason_is_no_reason_and_a_long_one_is_refused() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "text-too-long",
        () -> t.stress(LETTERS, true, "x".repeat(1001), CATALOGUE, COACH, day(1)));
    t.stress(LETTERS, true, " ", CATALOGUE, COACH, day(1));
    assertNull(t.progress(LETTERS).stressReason());
  }
}
