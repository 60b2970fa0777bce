package nl.redzaam.application.trajectory.growthplan;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.fixtures.InMemoryGrowthPlans;
import nl.redzaam.application.fixtures.TrajectoryWorkTest;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.trajectory.weeklywork.SaveDraftAnswers;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;
import org.junit.jupiter.api.Test;

class GrowthPlanUseCasesTest extends TrajectoryWorkTest {

  private final InMemoryGrowthPlans plans = new InMemoryGrowthPlans();

  private GrowthPlanChanges planChanges() {
    return new GrowthPlanChanges(currentUser, access, plans, clock, notifications);
  }

  private SetGoal setGoal() {
    return new SetGoal(planChanges(), ids);
  }

  private AchieveGoal achieveGoal() {
    return new AchieveGoal(planChanges());
  }

  private MakeAgreement makeAgreement() {
    return new MakeAgreement(planChanges(), ids);
  }

  private RecordProgress recordProgress() {
    return new RecordProgress(planChanges(), ids);
  }

  private ReadGrowthPlan readGrowthPlan() {
    return new ReadGrowthPlan(currentUser, access, plans);
  }

  /** The growth plan as stored now. */
  private GrowthPlan plan() {
    return plans.current(trajectory.id());
  }

  /** The version of the growth plan stored now: the one a client read last. */
  private long version() {
    return plan().version();
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
    long before = version();

    SetGoal.Created created = setGoal().execute(goal("Weten wat er binnenkomt", before));

    var goal = plan().goal(created.id()).orElseThrow();
    assertEquals("Weten wat er binnenkomt", goal.description());
    assertEquals(Theme.INCOME, goal.theme());
    assertEquals(before + 1, created.version());
    assertEquals(version(), created.version());
    verify(trajectories, never()).update(any());
    verify(notifications)
        .happened(List.of(new TrajectoryEvent.GrowthPlanChanged(trajectory.id(), clock.now())));
  }

  @Test
  void a_stand_in_coach_keeps_the_growth_plan_too() {
    actingAs(standIn());

    setGoal().execute(goal("Overzicht in de post", version()));

    assertEquals(1, plan().goals().size());
  }

  @Test
  void a_change_based_on_an_older_version_is_refused_and_nothing_is_stored() {
    coachSetsGoal();
    GrowthPlan before = plan();

    assertThrows(StaleVersion.class, () -> setGoal().execute(goal("Later", version() - 1)));
    assertThrows(StaleVersion.class, () -> setGoal().execute(goal("Later", version() + 1)));
    assertEquals(before.goals(), plan().goals());
    assertEquals(before.version(), plan().version());
    verify(trajectories, never()).update(any());
  }

  @Test
  void a_change_that_loses_the_race_while_being_stored_is_refused_as_stale() {
    actingAs(coach());
    plans.loseTheNextRace = true;

    StaleVersion refused =
        assertThrows(StaleVersion.class, () -> setGoal().execute(goal("Tegelijk", version())));
    assertTrue(refused.getCause() instanceof ConcurrentUpdateException);
    assertEquals(List.of(), plan().goals());
    verify(notifications, never()).happened(any());
  }

  @Test
  void a_residents_draft_answer_does_not_make_the_coachs_change_to_the_plan_stale() {
    AtomicReference<TrajectorySnapshot> database = storeTrajectoriesAsADatabaseWould();
    actingAs(coach());
    var read = readGrowthPlan().execute(new ReadGrowthPlan.Query(trajectory.id()));

    actingAs(resident());
    new SaveDraftAnswers(changes())
        .execute(
            new SaveDraftAnswers.Command(trajectory.id(), WEEK_ONE, Map.of("bedrag", "12,50")));
    assertNotEquals(trajectory.version(), database.get().version(), "the trajectory changed");

    actingAs(coach());
    SetGoal.Created created = setGoal().execute(goal("Huur op tijd", read.version()));

    assertEquals(read.version() + 1, created.version());
    assertEquals("Huur op tijd", plan().goal(created.id()).orElseThrow().description());
    assertTrue(
        Trajectory.restore(database.get()).progress(WEEK_ONE).hasDraft(),
        "the resident's draft stays");
  }

  @Test
  void two_coaches_changing_the_plan_from_the_same_version_still_conflict() {
    actingAs(coach());
    long read = version();
    setGoal().execute(goal("Huur op tijd", read));

    actingAs(standIn());
    assertThrows(
        StaleVersion.class,
        () -> makeAgreement().execute(new MakeAgreement.Command(trajectory.id(), "Bellen", read)));

    assertEquals(1, plan().goals().size());
    assertEquals(List.of(), plan().agreements());
    assertEquals(read + 1, version());
  }

  @Test
  void authorisation_comes_before_the_version_check() {
    assertForbidden(resident(), () -> setGoal().execute(goal("Mijn doel", 99)));
    assertNotFound(coachOfAnotherMunicipality(), () -> setGoal().execute(goal("Doel", 99)));
    assertEquals(Map.of(), plans.stored);
  }

  @Test
  void only_coaches_and_stand_ins_change_the_growth_plan() {
    GoalId id = coachSetsGoal();
    GrowthPlan before = plan();
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
    assertEquals(before.version(), version());
  }

  @Test
  void the_coach_marks_a_goal_achieved() {
    GoalId id = coachSetsGoal();
    long before = version();

    long newVersion = achieveGoal().execute(new AchieveGoal.Command(trajectory.id(), id, before));

    assertEquals(clock.today(), plan().goal(id).orElseThrow().achievedOn());
    assertEquals(before + 1, newVersion);
    assertEquals(version(), newVersion);
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
    assertNull(plan().goal(id).orElseThrow().achievedOn());
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
                    trajectory.id(), goal, "Loonstroken verzameld", agreement.version()));
    var onPlan =
        recordProgress()
            .execute(
                new RecordProgress.Command(trajectory.id(), null, "Gaat goed", onGoal.version()));

    GrowthPlan plan = plan();
    assertEquals(agreement.id(), plan.agreements().get(0).id());
    assertEquals(
        List.of(onGoal.id(), onPlan.id()), plan.progress().stream().map(p -> p.id()).toList());
    assertEquals(goal, plan.progress().get(0).goal());
    assertNull(plan.progress().get(1).goal());
    assertEquals(COACH, plan.progress().get(0).author());
    assertEquals(onPlan.version(), plan.version());
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

  @Test
  void a_plan_nobody_changed_is_read_empty_at_version_zero() {
    actingAs(resident());

    var read = readGrowthPlan().execute(new ReadGrowthPlan.Query(trajectory.id()));

    assertEquals(List.of(), read.plan().goals());
    assertEquals(0, read.version());
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Lets the mocked trajectory repository behave like the database: every find hands out a fresh
   * copy of what is stored, and every update stores the trajectory at the next version.
   */
  private AtomicReference<TrajectorySnapshot> storeTrajectoriesAsADatabaseWould() {
    AtomicReference<TrajectorySnapshot> database = new AtomicReference<>(trajectory.snapshot());
    when(trajectories.find(trajectory.id()))
        .thenAnswer(call -> Optional.of(Trajectory.restore(database.get())));
    doAnswer(
            call -> {
              Trajectory changed = call.getArgument(0);
              database.set(atVersion(changed.snapshot(), changed.version() + 1));
              return null;
            })
        .when(trajectories)
        .update(any());
    return database;
  }

  /** The same snapshot at another version. */
  private static TrajectorySnapshot atVersion(TrajectorySnapshot s, long version)
      throws ReflectiveOperationException {
    RecordComponent[] parts = TrajectorySnapshot.class.getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = parts[i].getAccessor().invoke(s);
      types[i] = parts[i].getType();
    }
    values[parts.length - 1] = version;
    return TrajectorySnapshot.class.getDeclaredConstructor(types).newInstance(values);
  }
}
