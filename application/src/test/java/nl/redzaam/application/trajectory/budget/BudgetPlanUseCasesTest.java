package nl.redzaam.application.trajectory.budget;

import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.fixtures.InMemoryConversationAndBudget;
import nl.redzaam.application.fixtures.TrajectoryActors;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.budget.Debt;
import nl.redzaam.domain.budget.ExpenseLine;
import nl.redzaam.domain.budget.Frequency;
import nl.redzaam.domain.budget.IncomeLine;
import nl.redzaam.domain.budget.MonthlyTotals;
import nl.redzaam.domain.budget.ResidentBudgetRight;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.Trajectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class BudgetPlanUseCasesTest {

  private static final List<IncomeLine> INCOME =
      List.of(new IncomeLine("Uitkering", new BigDecimal("1200.00"), Frequency.MONTHLY));
  private static final List<ExpenseLine> EXPENSES =
      List.of(new ExpenseLine("Huur", new BigDecimal("700"), Frequency.MONTHLY));
  private static final List<Debt> DEBTS =
      List.of(
          new Debt(
              "Zorgverzekeraar",
              new BigDecimal("480"),
              new BigDecimal("40"),
              Frequency.MONTHLY,
              null));

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;

  private final InMemoryConversationAndBudget.BudgetPlans plans =
      new InMemoryConversationAndBudget.BudgetPlans();
  private final Clock clock = () -> START.plusSeconds(3600);
  private Trajectory trajectory;
  private TrajectoryAccess access;

  @BeforeEach
  void setUp() {
    trajectory =
        UseCaseFixtures.trajectoryInCoaching(
            UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE));
    when(trajectories.find(trajectory.id())).thenReturn(Optional.of(trajectory));
    TrajectoryActors.relate(trajectory, teams, grants);
    access = new TrajectoryAccess(trajectories, teams, grants, accessLog);
  }

  private BudgetPlanOverview read(Actor actor) {
    when(currentUser.actor()).thenReturn(actor);
    return new ReadBudgetPlan(currentUser, access, plans, clock)
        .execute(new ReadBudgetPlan.Query(trajectory.id()));
  }

  private BudgetPlanOverview replace(Actor actor, long version) {
    when(currentUser.actor()).thenReturn(actor);
    return new ReplaceBudgetPlan(currentUser, access, plans, clock)
        .execute(new ReplaceBudgetPlan.Command(trajectory.id(), version, INCOME, EXPENSES, DEBTS));
  }

  private BudgetPlanOverview setRight(Actor actor, ResidentBudgetRight right) {
    when(currentUser.actor()).thenReturn(actor);
    return new SetResidentBudgetRight(currentUser, access, plans, clock)
        .execute(new SetResidentBudgetRight.Command(trajectory.id(), right));
  }

  private long storedVersion() {
    return plans.find(trajectory.id()).map(p -> p.version()).orElse(0L);
  }

  @Test
  void a_plan_nobody_saved_reads_as_empty_at_version_0_with_the_right_to_read() {
    BudgetPlanOverview overview = read(UseCaseFixtures.coach());

    assertEquals(0, overview.plan().version());
    assertEquals(ResidentBudgetRight.READ, overview.plan().residentRight());
    assertEquals(List.of(), overview.plan().incomes());
    assertTrue(overview.mayEdit());
    assertEquals(Optional.empty(), plans.find(trajectory.id()), "reading stores nothing");
  }

  @Test
  void the_coach_the_stand_in_and_the_specialist_replace_the_plan_version_by_version() {
    BudgetPlanOverview first = replace(UseCaseFixtures.coach(), 0);
    BudgetPlanOverview second = replace(TrajectoryActors.standIn(), 1);
    BudgetPlanOverview third = replace(UseCaseFixtures.specialist(), 2);

    assertEquals(
        List.of(1L, 2L, 3L),
        List.of(first.plan().version(), second.plan().version(), third.plan().version()));
    assertEquals(INCOME, plans.find(trajectory.id()).orElseThrow().incomes());
    assertEquals(DEBTS, third.plan().debts());
    assertEquals(
        new MonthlyTotals(
            new BigDecimal("1200.00"),
            new BigDecimal("700.00"),
            new BigDecimal("40.00"),
            new BigDecimal("460.00")),
        third.totals());
  }

  @Test
  void a_change_on_an_old_version_is_refused_and_changes_nothing() {
    replace(UseCaseFixtures.coach(), 0);

    assertThrows(StaleVersion.class, () -> replace(UseCaseFixtures.specialist(), 0));
    assertThrows(StaleVersion.class, () -> replace(UseCaseFixtures.specialist(), 7));
    assertEquals(1, storedVersion());
  }

  @Test
  void a_resident_without_a_right_neither_reads_nor_changes_the_plan() {
    setRight(UseCaseFixtures.coach(), ResidentBudgetRight.NONE);

    assertEquals(
        "budget-plan-not-shared",
        assertThrows(RuleViolation.class, () -> read(UseCaseFixtures.resident())).rule());
    assertEquals(
        "budget-plan-not-shared",
        assertThrows(RuleViolation.class, () -> replace(UseCaseFixtures.resident(), 1)).rule());
    assertEquals(1, storedVersion());
  }

  @Test
  void a_resident_with_the_right_to_read_reads_but_does_not_change_the_plan() {
    replace(UseCaseFixtures.coach(), 0);

    BudgetPlanOverview overview = read(UseCaseFixtures.resident());

    assertEquals(INCOME, overview.plan().incomes());
    assertFalse(overview.mayEdit());
    assertEquals(
        "budget-plan-read-only",
        assertThrows(RuleViolation.class, () -> replace(UseCaseFixtures.resident(), 1)).rule());
    assertEquals(1, storedVersion());
  }

  @Test
  void a_resident_with_the_right_to_edit_changes_the_plan() {
    setRight(UseCaseFixtures.coach(), ResidentBudgetRight.READ_AND_EDIT);

    assertTrue(read(UseCaseFixtures.resident()).mayEdit());
    BudgetPlanOverview changed = replace(UseCaseFixtures.resident(), 1);

    assertEquals(2, changed.plan().version());
    assertEquals(EXPENSES, changed.plan().expenses());
  }

  @Test
  void a_support_worker_reads_only_what_the_resident_may_read_and_never_changes_it() {
    replace(UseCaseFixtures.coach(), 0);

    BudgetPlanOverview overview = read(TrajectoryActors.supportWorker());
    assertEquals(INCOME, overview.plan().incomes());
    assertFalse(overview.mayEdit());
    assertThrows(AccessDenied.class, () -> replace(TrajectoryActors.supportWorker(), 1));
    assertThrows(
        AccessDenied.class,
        () -> setRight(TrajectoryActors.supportWorker(), ResidentBudgetRight.READ_AND_EDIT));

    setRight(UseCaseFixtures.specialist(), ResidentBudgetRight.NONE);
    assertEquals(
        "budget-plan-not-shared",
        assertThrows(RuleViolation.class, () -> read(TrajectoryActors.supportWorker())).rule());
  }

  @ParameterizedTest
  @EnumSource(ResidentBudgetRight.class)
  void the_coach_the_stand_in_and_the_specialist_set_the_residents_right(
      ResidentBudgetRight right) {
    assertEquals(right, setRight(UseCaseFixtures.coach(), right).plan().residentRight());
    assertEquals(right, setRight(TrajectoryActors.standIn(), right).plan().residentRight());
    BudgetPlanOverview last = setRight(UseCaseFixtures.specialist(), right);

    assertEquals(right, plans.find(trajectory.id()).orElseThrow().residentRight());
    assertEquals(3, last.plan().version());
  }

  @Test
  void the_resident_does_not_set_their_own_right() {
    assertThrows(
        AccessDenied.class,
        () -> setRight(UseCaseFixtures.resident(), ResidentBudgetRight.READ_AND_EDIT));
    assertEquals(Optional.empty(), plans.find(trajectory.id()));
  }

  @Test
  void someone_of_another_municipality_finds_no_budget_plan() {
    Actor elsewhere = TrajectoryActors.coachElsewhere();

    assertThrows(NotFound.class, () -> read(elsewhere));
    assertThrows(NotFound.class, () -> replace(elsewhere, 0));
    assertThrows(NotFound.class, () -> setRight(elsewhere, ResidentBudgetRight.NONE));
    assertEquals(Optional.empty(), plans.find(trajectory.id()));
  }
}
