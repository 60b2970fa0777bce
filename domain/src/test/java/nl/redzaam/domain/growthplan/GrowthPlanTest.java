package nl.redzaam.domain.growthplan;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.domain.fixtures.SampleDays;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.TrajectoryEvent.GrowthPlanChanged;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The growth plan: the resident's goals and agreements and the progress made. What it needs of its
 * trajectory (the stage, who acts as coach) is given as a {@link TrajectoryStatus}.
 */
class GrowthPlanTest {

  private static final TrajectoryId TRAJECTORY = new TrajectoryId(uuid(1));
  private static final StaffMemberId COACH = new StaffMemberId(uuid(4));
  private static final StaffMemberId SPECIALIST = new StaffMemberId(uuid(6));
  private static final GoalId GOAL = new GoalId(uuid(300));

  private static final TrajectoryStatus ACTIVATED = at(Stage.ACTIVATED);
  private static final TrajectoryStatus START_CONVERSATION = at(Stage.START_CONVERSATION);
  private static final TrajectoryStatus COACHING = at(Stage.COACHING_PART_ONE);
  private static final TrajectoryStatus AFTERCARE = at(Stage.AFTERCARE);
  private static final TrajectoryStatus CLOSED = at(Stage.CLOSED);

  @Test
  void the_growth_plan_starts_empty() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    assertEquals(List.of(), plan.goals());
    assertEquals(List.of(), plan.agreements());
    assertEquals(List.of(), plan.progress());
    assertEquals(0, plan.version());
    assertEquals(TRAJECTORY, plan.trajectoryId());
  }

  @Test
  void the_coach_records_a_goal_at_the_start_conversation() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    plan.setGoal(GOAL, " Huur op tijd betalen ", Theme.INCOME, COACH, START_CONVERSATION, day(-1));

    Goal goal = plan.goal(GOAL).orElseThrow();
    assertEquals("Huur op tijd betalen", goal.description());
    assertEquals(Theme.INCOME, goal.theme());
    assertEquals(date(-1), goal.setOn());
    assertFalse(goal.achieved());
    assertEquals(List.of(new GrowthPlanChanged(TRAJECTORY, day(-1))), plan.releaseEvents());
  }

  @Test
  void a_goal_need_not_be_tied_to_a_theme() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    plan.setGoal(GOAL, "Rust in mijn hoofd", null, COACH, COACHING, day(1));

    assertNull(plan.goal(GOAL).orElseThrow().theme());
  }

  @Test
  void the_growth_plan_is_made_from_the_start_conversation_on() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    assertRefused(
        plan,
        "growth-plan-from-start-conversation",
        () -> plan.setGoal(GOAL, "Huur betalen", Theme.INCOME, COACH, ACTIVATED, day(-5)));
    assertRefused(
        plan,
        "growth-plan-from-start-conversation",
        () -> plan.makeAgreement(new AgreementId(uuid(301)), "Contact", COACH, ACTIVATED, day(-5)));
  }

  @Test
  void the_growth_plan_can_still_be_kept_in_aftercare() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    plan.recordProgress(
        new ProgressEntryId(uuid(302)), null, "Gaat goed.", COACH, AFTERCARE, day(200));

    assertEquals(1, plan.progress().size());
  }

  @Test
  void the_growth_plan_of_a_closed_trajectory_is_read_only() {
    GrowthPlan plan = withGoal();

    assertRefused(
        plan,
        "closed-trajectory-is-read-only",
        () -> plan.setGoal(new GoalId(uuid(504)), "Sparen", null, COACH, CLOSED, day(100)));
    assertRefused(
        plan,
        "closed-trajectory-is-read-only",
        () -> plan.achieveGoal(GOAL, COACH, CLOSED, day(100)));
    assertRefused(
        plan,
        "closed-trajectory-is-read-only",
        () -> plan.makeAgreement(new AgreementId(uuid(505)), "Bellen", COACH, CLOSED, day(100)));
    assertRefused(
        plan,
        "closed-trajectory-is-read-only",
        () ->
            plan.recordProgress(
                new ProgressEntryId(uuid(506)), GOAL, "Goed", COACH, CLOSED, day(100)));
    assertEquals(1, plan.goals().size());
  }

  @Test
  void only_a_coach_of_the_trajectory_keeps_the_growth_plan() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    assertRefused(
        plan,
        "coach-only",
        () -> plan.setGoal(GOAL, "Huur betalen", Theme.INCOME, SPECIALIST, COACHING, day(1)));
    assertRefused(
        plan,
        "coach-only",
        () ->
            plan.makeAgreement(
                new AgreementId(uuid(301)), "Contact", SPECIALIST, COACHING, day(1)));
    assertRefused(
        plan,
        "coach-only",
        () ->
            plan.recordProgress(
                new ProgressEntryId(uuid(302)), null, "Goed", SPECIALIST, COACHING, day(1)));
  }

  @Test
  void a_stand_in_acting_as_coach_keeps_the_growth_plan_too() {
    StaffMemberId standIn = new StaffMemberId(uuid(8));
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    plan.setGoal(
        GOAL,
        "Huur betalen",
        Theme.INCOME,
        standIn,
        new TrajectoryStatus(TRAJECTORY, Stage.COACHING_PART_ONE, Set.of(COACH, standIn)),
        day(1));

    assertEquals(1, plan.goals().size());
  }

  @Test
  void the_plan_is_changed_with_the_status_of_its_own_trajectory() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);
    TrajectoryStatus other =
        new TrajectoryStatus(new TrajectoryId(uuid(2)), Stage.COACHING_PART_ONE, Set.of(COACH));

    assertRefused(
        plan,
        "wrong-trajectory",
        () -> plan.setGoal(GOAL, "Huur betalen", Theme.INCOME, COACH, other, day(1)));
  }

  @Test
  void a_goal_id_is_used_once() {
    GrowthPlan plan = withGoal();

    assertRefused(
        plan,
        "duplicate-goal",
        () -> plan.setGoal(GOAL, "Iets anders", Theme.INCOME, COACH, COACHING, day(2)));
  }

  @Test
  void a_goal_is_described() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    assertRefused(
        plan,
        "text-required",
        () -> plan.setGoal(GOAL, " ", Theme.INCOME, COACH, COACHING, day(1)));
  }

  @Test
  void the_coach_marks_a_goal_achieved_once() {
    GrowthPlan plan = withGoal();

    plan.achieveGoal(GOAL, COACH, COACHING, day(40));

    Goal goal = plan.goal(GOAL).orElseThrow();
    assertTrue(goal.achieved());
    assertEquals(date(40), goal.achievedOn());
    assertEquals(date(1), goal.setOn());
    assertEquals(1, plan.goals().size());
    assertRefused(
        plan, "goal-already-achieved", () -> plan.achieveGoal(GOAL, COACH, COACHING, day(41)));
  }

  @Test
  void only_an_existing_goal_is_achieved() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    assertRefused(plan, "unknown-goal", () -> plan.achieveGoal(GOAL, COACH, COACHING, day(40)));
    assertRefused(plan, "coach-only", () -> plan.achieveGoal(GOAL, SPECIALIST, COACHING, day(40)));
  }

  @Test
  void the_coach_records_agreements() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);
    AgreementId id = new AgreementId(uuid(301));

    plan.makeAgreement(id, "We spreken elkaar om de week.", COACH, START_CONVERSATION, day(-1));

    assertEquals(
        List.of(new Agreement(id, "We spreken elkaar om de week.", date(-1))), plan.agreements());
    assertRefused(
        plan,
        "text-required",
        () -> plan.makeAgreement(new AgreementId(uuid(303)), "", COACH, COACHING, day(0)));
    assertRefused(
        plan,
        "duplicate-agreement",
        () -> plan.makeAgreement(id, "Iets anders.", COACH, COACHING, day(0)));
  }

  @Test
  void progress_is_recorded_on_a_goal_or_on_the_plan_as_a_whole() {
    GrowthPlan plan = withGoal();
    ProgressEntryId onGoal = new ProgressEntryId(uuid(302));
    ProgressEntryId onPlan = new ProgressEntryId(uuid(303));

    plan.recordProgress(onGoal, GOAL, "Huur van maart betaald.", COACH, COACHING, day(20));
    plan.recordProgress(onPlan, null, "Opent nu zelf de post.", COACH, COACHING, day(21));

    assertEquals(
        List.of(
            new ProgressEntry(onGoal, GOAL, "Huur van maart betaald.", date(20), COACH),
            new ProgressEntry(onPlan, null, "Opent nu zelf de post.", date(21), COACH)),
        plan.progress());
  }

  @Test
  void a_progress_entry_id_is_used_once() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);
    ProgressEntryId entry = new ProgressEntryId(uuid(310));
    plan.recordProgress(entry, null, "Goed bezig", COACH, COACHING, day(20));

    assertRefused(
        plan,
        "duplicate-progress-entry",
        () -> plan.recordProgress(entry, null, "Nog eens", COACH, COACHING, day(21)));
  }

  @Test
  void progress_on_a_goal_needs_that_goal() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    assertRefused(
        plan,
        "unknown-goal",
        () ->
            plan.recordProgress(
                new ProgressEntryId(uuid(302)), GOAL, "Goed", COACH, COACHING, day(20)));
    assertEquals(Optional.empty(), plan.goal(GOAL));
  }

  @Test
  void every_change_is_one_event_and_the_version_stays_until_stored() {
    GrowthPlan plan = new GrowthPlan(TRAJECTORY, List.of(), List.of(), List.of(), 7);

    plan.setGoal(GOAL, "Huur betalen", Theme.INCOME, COACH, COACHING, day(1));
    plan.makeAgreement(new AgreementId(uuid(301)), "Contact", COACH, COACHING, day(2));

    assertEquals(
        List.of(
            new GrowthPlanChanged(TRAJECTORY, day(1)), new GrowthPlanChanged(TRAJECTORY, day(2))),
        plan.releaseEvents());
    assertEquals(List.of(), plan.releaseEvents());
    assertEquals(7, plan.version());
  }

  // ---------------------------------------------------------------- helpers

  private static GrowthPlan withGoal() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);
    plan.setGoal(GOAL, "Huur betalen", Theme.INCOME, COACH, COACHING, day(1));
    plan.releaseEvents();
    return plan;
  }

  private static TrajectoryStatus at(Stage stage) {
    return new TrajectoryStatus(TRAJECTORY, stage, Set.of(COACH));
  }

  /** The rule is broken, and the plan is left as it was, without an event. */
  private static RuleViolation assertRefused(GrowthPlan plan, String rule, Executable action) {
    plan.releaseEvents();
    List<Object> before = List.of(plan.goals(), plan.agreements(), plan.progress());
    RuleViolation violation = assertViolates(rule, action);
    assertEquals(
        before,
        List.of(plan.goals(), plan.agreements(), plan.progress()),
        "a refused request leaves the plan as it was");
    assertEquals(List.of(), plan.releaseEvents(), "a refused request records no event");
    return violation;
  }

  private static UUID uuid(long n) {
    return new UUID(0L, n);
  }

  private static Instant day(int n) {
    return SampleDays.day(n);
  }

  private static LocalDate date(int n) {
    return SampleDays.date(n);
  }
}
