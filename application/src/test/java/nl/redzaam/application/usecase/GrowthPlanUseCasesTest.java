package nl.redzaam.application.usecase;

import static nl.redzaam.application.usecase.UseCaseFixtures.COACH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.UUID;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.GoalId;
import nl.redzaam.domain.trajectory.GrowthPlan;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import org.junit.jupiter.api.Test;

class GrowthPlanUseCasesTest extends TrajectoryWorkTest {

  private SetGoal setGoal() {
    return new SetGoal(changes(), ids);
  }

  private AchieveGoal achieveGoal() {
    return new AchieveGoal(changes());
  }

  private MakeAgreement makeAgreement() {
    return new MakeAgreement(changes(), ids);
  }

  private RecordProgress recordProgress() {
    return new RecordProgress(changes(), ids);
  }

  private ReadGrowthPlan readGrowthPlan() {
    return new ReadGrowthPlan(currentUser, access);
  }

  private long version() {
    return trajectory.version();
  }

  private SetGoal.Command goal(String description, long expectedVersion) {
    return new SetGoal.Command(trajectory.id(), description, Theme.INCOME, expectedVersion);
  }

  private GoalId coachSetsGoal() {
    actingAs(coach());
    return setGoal().execute(goal("Weten wat er binnenkomt", version())).id();
  }

  @Test
  void the_coach_sets_a_goal_that_is_stored_announced_and_answered_with_the_next_version() {
    actingAs(coach());

    SetGoal.Created created = setGoal().execute(goal("Weten wat er binnenkomt", version()));

    var goal = trajectory.growthPlan().goal(created.id()).orElseThrow();
    assertEquals("Weten wat er binnenkomt", goal.description());
    assertEquals(Theme.INCOME, goal.theme());
    assertEquals(version() + 1, created.version());
    verify(trajectories).update(trajectory);
    verify(notifications)
        .happened(List.of(new TrajectoryEvent.GrowthPlanChanged(trajectory.id(), clock.now())));
  }

  @Test
  void a_stand_in_coach_keeps_the_growth_plan_too() {
    actingAs(standIn());

    setGoal().execute(goal("Overzicht in de post", version()));

    assertEquals(1, trajectory.growthPlan().goals().size());
  }

  @Test
  void a_change_based_on_an_older_version_is_refused_and_nothing_is_stored() {
    actingAs(coach());

    assertThrows(StaleVersion.class, () -> setGoal().execute(goal("Later", version() - 1)));
    assertThrows(StaleVersion.class, () -> setGoal().execute(goal("Later", version() + 1)));
    assertEquals(List.of(), trajectory.growthPlan().goals());
    verify(trajectories, never()).update(any());
    verify(notifications, never()).happened(any());
  }

  @Test
  void a_change_that_loses_the_race_while_being_stored_is_refused_as_stale() {
    actingAs(coach());
    doThrow(new ConcurrentUpdateException("changed meanwhile", null))
        .when(trajectories)
        .update(trajectory);

    StaleVersion refused =
        assertThrows(StaleVersion.class, () -> setGoal().execute(goal("Tegelijk", version())));
    assertTrue(refused.getCause() instanceof ConcurrentUpdateException);
    verify(notifications, never()).happened(any());
  }

  @Test
  void authorisation_comes_before_the_version_check() {
    assertForbidden(resident(), () -> setGoal().execute(goal("Mijn doel", 99)));
    assertNotFound(coachOfAnotherMunicipality(), () -> setGoal().execute(goal("Doel", 99)));
  }

  @Test
  void only_coaches_and_stand_ins_change_the_growth_plan() {
    GoalId id = coachSetsGoal();
    for (var actor : List.of(resident(), specialist(), supportWorker())) {
      assertForbidden(actor, () -> setGoal().execute(goal("Doel", version())));
      assertForbidden(
          actor,
          () -> achieveGoal().execute(new AchieveGoal.Command(trajectory.id(), id, version())));
      assertForbidden(
          actor,
          () ->
              makeAgreement()
                  .execute(new MakeAgreement.Command(trajectory.id(), "Afspraak", version())));
      assertForbidden(
          actor,
          () ->
              recordProgress()
                  .execute(new RecordProgress.Command(trajectory.id(), null, "Goed", version())));
    }
    assertNotFound(
        coachOfAnotherMunicipality(),
        () -> achieveGoal().execute(new AchieveGoal.Command(trajectory.id(), id, version())));
  }

  @Test
  void the_coach_marks_a_goal_achieved() {
    GoalId id = coachSetsGoal();

    long newVersion =
        achieveGoal().execute(new AchieveGoal.Command(trajectory.id(), id, version()));

    assertEquals(clock.today(), trajectory.growthPlan().goal(id).orElseThrow().achievedOn());
    assertEquals(version() + 1, newVersion);
  }

  @Test
  void achieving_a_goal_that_does_not_exist_is_not_found_and_a_stale_one_is_refused() {
    GoalId id = coachSetsGoal();

    assertThrows(
        NotFound.class,
        () ->
            achieveGoal()
                .execute(
                    new AchieveGoal.Command(
                        trajectory.id(), new GoalId(UUID.randomUUID()), version())));
    assertThrows(
        StaleVersion.class,
        () -> achieveGoal().execute(new AchieveGoal.Command(trajectory.id(), id, version() + 5)));
    assertNull(trajectory.growthPlan().goal(id).orElseThrow().achievedOn());
  }

  @Test
  void the_coach_makes_an_agreement_and_records_progress_on_a_goal_and_on_the_plan() {
    GoalId goal = coachSetsGoal();

    var agreement =
        makeAgreement()
            .execute(
                new MakeAgreement.Command(
                    trajectory.id(), "We spreken elke twee weken af", version()));
    var onGoal =
        recordProgress()
            .execute(
                new RecordProgress.Command(
                    trajectory.id(), goal, "Loonstroken verzameld", version()));
    var onPlan =
        recordProgress()
            .execute(new RecordProgress.Command(trajectory.id(), null, "Gaat goed", version()));

    GrowthPlan plan = trajectory.growthPlan();
    assertEquals(agreement.id(), plan.agreements().get(0).id());
    assertEquals(
        List.of(onGoal.id(), onPlan.id()), plan.progress().stream().map(p -> p.id()).toList());
    assertEquals(goal, plan.progress().get(0).goal());
    assertNull(plan.progress().get(1).goal());
    assertEquals(COACH, plan.progress().get(0).author());
  }

  @Test
  void progress_on_a_goal_that_does_not_exist_breaks_a_rule() {
    actingAs(coach());

    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                recordProgress()
                    .execute(
                        new RecordProgress.Command(
                            trajectory.id(), new GoalId(UUID.randomUUID()), "Iets", version())));
    assertEquals("unknown-goal", refused.rule());
  }

  @Test
  void everyone_who_may_view_reads_the_growth_plan_with_its_version() {
    GoalId id = coachSetsGoal();

    for (var actor : List.of(resident(), coach(), standIn(), specialist(), supportWorker())) {
      actingAs(actor);
      var read = readGrowthPlan().execute(new ReadGrowthPlan.Query(trajectory.id()));
      assertEquals(id, read.plan().goals().get(0).id());
      assertEquals(version(), read.version());
    }
    assertNotFound(
        coachOfAnotherMunicipality(),
        () -> readGrowthPlan().execute(new ReadGrowthPlan.Query(trajectory.id())));
  }
}
