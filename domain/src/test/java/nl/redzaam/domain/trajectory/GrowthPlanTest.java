package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inAftercare;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.trajectory.TrajectoryEvent.GrowthPlanChanged;
import org.junit.jupiter.api.Test;

/** The growth plan: the resident's goals and agreements and the progress made. */
class GrowthPlanTest {

  private static final GoalId GOAL = new GoalId(uuid(300));

  @Test
  void the_growth_plan_starts_empty() {
    GrowthPlan plan = activated().growthPlan();

    assertEquals(List.of(), plan.goals());
    assertEquals(List.of(), plan.agreements());
    assertEquals(List.of(), plan.progress());
  }

  @Test
  void the_coach_records_a_goal_at_the_start_conversation() {
    Trajectory t = inStartConversation();

    t.setGoal(GOAL, " Huur op tijd betalen ", Theme.INCOME, COACH, day(-1));

    Goal goal = t.growthPlan().goal(GOAL).orElseThrow();
    assertEquals("Huur op tijd betalen", goal.description());
    assertEquals(Theme.INCOME, goal.theme());
    assertEquals(date(-1), goal.setOn());
    assertFalse(goal.achieved());
    assertEquals(List.of(new GrowthPlanChanged(TRAJECTORY, day(-1))), t.releaseEvents());
  }

  @Test
  void a_goal_need_not_be_tied_to_a_theme() {
    Trajectory t = inCoaching();

    t.setGoal(GOAL, "Rust in mijn hoofd", null, COACH, day(1));

    assertNull(t.growthPlan().goal(GOAL).orElseThrow().theme());
  }

  @Test
  void the_growth_plan_is_made_from_the_start_conversation_on() {
    Trajectory t = activated();

    assertRefused(
        t,
        "growth-plan-from-start-conversation",
        () -> t.setGoal(GOAL, "Huur betalen", Theme.INCOME, COACH, day(-5)));
    assertRefused(
        t,
        "growth-plan-from-start-conversation",
        () -> t.makeAgreement(new AgreementId(uuid(301)), "Contact", COACH, day(-5)));
  }

  @Test
  void the_growth_plan_can_still_be_kept_in_aftercare() {
    Trajectory t = inAftercare(Outcome.INDEPENDENT);

    t.recordProgress(new ProgressEntryId(uuid(302)), null, "Gaat goed.", COACH, day(200));

    assertEquals(1, t.growthPlan().progress().size());
  }

  @Test
  void only_a_coach_of_the_trajectory_keeps_the_growth_plan() {
    Trajectory t = inCoaching();

    assertRefused(
        t, "coach-only", () -> t.setGoal(GOAL, "Huur betalen", Theme.INCOME, SPECIALIST, day(1)));
    assertRefused(
        t,
        "coach-only",
        () -> t.makeAgreement(new AgreementId(uuid(301)), "Contact", SPECIALIST, day(1)));
    assertRefused(
        t,
        "coach-only",
        () -> t.recordProgress(new ProgressEntryId(uuid(302)), null, "Goed", SPECIALIST, day(1)));
  }

  @Test
  void a_goal_id_is_used_once() {
    Trajectory t = inCoaching();
    t.setGoal(GOAL, "Huur betalen", Theme.INCOME, COACH, day(1));

    assertRefused(
        t, "duplicate-goal", () -> t.setGoal(GOAL, "Iets anders", Theme.INCOME, COACH, day(2)));
  }

  @Test
  void a_goal_is_described() {
    Trajectory t = inCoaching();

    assertRefused(t, "text-required", () -> t.setGoal(GOAL, " ", Theme.INCOME, COACH, day(1)));
  }

  @Test
  void the_coach_marks_a_goal_achieved_once() {
    Trajectory t = inCoaching();
    t.setGoal(GOAL, "Huur betalen", Theme.INCOME, COACH, day(1));

    t.achieveGoal(GOAL, COACH, day(40));

    Goal goal = t.growthPlan().goal(GOAL).orElseThrow();
    assertTrue(goal.achieved());
    assertEquals(date(40), goal.achievedOn());
    assertEquals(date(1), goal.setOn());
    assertEquals(1, t.growthPlan().goals().size());
    assertRefused(t, "goal-already-achieved", () -> t.achieveGoal(GOAL, COACH, day(41)));
  }

  @Test
  void only_an_existing_goal_is_achieved() {
    Trajectory t = inCoaching();

    assertRefused(t, "unknown-goal", () -> t.achieveGoal(GOAL, COACH, day(40)));
    assertRefused(t, "coach-only", () -> t.achieveGoal(GOAL, SPECIALIST, day(40)));
  }

  @Test
  void the_coach_records_agreements() {
    Trajectory t = inStartConversation();
    AgreementId id = new AgreementId(uuid(301));

    t.makeAgreement(id, "We spreken elkaar om de week.", COACH, day(-1));

    assertEquals(
        List.of(new Agreement(id, "We spreken elkaar om de week.", date(-1))),
        t.growthPlan().agreements());
    assertRefused(
        t, "text-required", () -> t.makeAgreement(new AgreementId(uuid(303)), "", COACH, day(0)));
    assertRefused(
        t, "duplicate-agreement", () -> t.makeAgreement(id, "Iets anders.", COACH, day(0)));
  }

  @Test
  void progress_is_recorded_on_a_goal_or_on_the_plan_as_a_whole() {
    Trajectory t = inCoaching();
    t.setGoal(GOAL, "Huur betalen", Theme.INCOME, COACH, day(1));
    ProgressEntryId onGoal = new ProgressEntryId(uuid(302));
    ProgressEntryId onPlan = new ProgressEntryId(uuid(303));

    t.recordProgress(onGoal, GOAL, "Huur van maart betaald.", COACH, day(20));
    t.recordProgress(onPlan, null, "Opent nu zelf de post.", COACH, day(21));

    assertEquals(
        List.of(
            new ProgressEntry(onGoal, GOAL, "Huur van maart betaald.", date(20), COACH),
            new ProgressEntry(onPlan, null, "Opent nu zelf de post.", date(21), COACH)),
        t.growthPlan().progress());
  }

  @Test
  void a_progress_entry_id_is_used_once() {
    Trajectory t = inCoaching();
    ProgressEntryId entry = new ProgressEntryId(uuid(310));
    t.recordProgress(entry, null, "Goed bezig", COACH, day(20));

    assertRefused(
        t,
        "duplicate-progress-entry",
        () -> t.recordProgress(entry, null, "Nog eens", COACH, day(21)));
  }

  @Test
  void progress_on_a_goal_needs_that_goal() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "unknown-goal",
        () -> t.recordProgress(new ProgressEntryId(uuid(302)), GOAL, "Goed", COACH, day(20)));
    assertEquals(Optional.empty(), t.growthPlan().goal(GOAL));
  }
}
