package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SECOND_COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.STRANGER;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.closed;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.growthplan.TrajectoryStatus;
import nl.redzaam.domain.method.Theme;
import org.junit.jupiter.api.Test;

/**
 * The growth plan is its own aggregate; what it needs of the trajectory is read from the trajectory
 * as a {@link TrajectoryStatus}. These tests take that status from real trajectories.
 */
class GrowthPlanStatusTest {

  private static final GoalId GOAL = new GoalId(uuid(300));

  @Test
  void the_status_holds_the_stage_and_who_acts_as_coach_including_a_stand_in() {
    Trajectory t = inCoaching();
    t.addCoach(SECOND_COACH);
    t.acceptStandIn(STRANGER);

    TrajectoryStatus status = TrajectoryStatus.of(t);

    assertEquals(TRAJECTORY, status.trajectoryId());
    assertEquals(Stage.COACHING_PART_ONE, status.stage());
    assertEquals(Set.of(COACH, SECOND_COACH, STRANGER), status.actingCoaches());
    assertEquals(Set.of(COACH, SECOND_COACH), t.coaches());
  }

  @Test
  void a_stand_in_keeps_the_growth_plan_of_a_trajectory_in_coaching() {
    Trajectory t = inCoaching();
    t.acceptStandIn(STRANGER);
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    plan.setGoal(GOAL, "Huur betalen", Theme.INCOME, STRANGER, TrajectoryStatus.of(t), day(1));

    assertEquals(1, plan.goals().size());
    assertEquals(List.of(), t.releaseEvents(), "the trajectory itself does not change");
  }

  @Test
  void the_trajectory_decides_whether_the_plan_may_change() {
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);

    assertViolates(
        "growth-plan-from-start-conversation",
        () ->
            plan.setGoal(
                GOAL, "Huur", Theme.INCOME, COACH, TrajectoryStatus.of(activated()), day(-5)));
    assertViolates(
        "closed-trajectory-is-read-only",
        () ->
            plan.setGoal(
                GOAL, "Huur", Theme.INCOME, COACH, TrajectoryStatus.of(closed()), day(300)));
    assertViolates(
        "coach-only",
        () ->
            plan.setGoal(
                GOAL, "Huur", Theme.INCOME, STRANGER, TrajectoryStatus.of(inCoaching()), day(1)));
    assertEquals(List.of(), plan.goals());
  }
}
