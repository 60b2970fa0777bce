package nl.redzaam.domain.budget;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetPlanTest {

  private static final TrajectoryId TRAJECTORY = new TrajectoryId(new UUID(0, 1));
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static BigDecimal euros(String amount) {
    return new BigDecimal(amount);
  }

  private static BudgetPlan plan(ResidentBudgetRight right) {
    BudgetPlan plan = BudgetPlan.empty(TRAJECTORY);
    plan.setResidentRight(Party.PROFESSIONAL, right);
    return plan;
  }

  @Test
  void a_plan_nobody_saved_is_empty_at_version_0_and_the_resident_may_read_it() {
    BudgetPlan plan = BudgetPlan.empty(TRAJECTORY);

    assertEquals(0, plan.version());
    assertEquals(ResidentBudgetRight.READ, plan.residentRight());
    assertEquals(List.of(), plan.incomes());
    assertTrue(plan.mayRead(Party.RESIDENT));
    assertFalse(plan.mayEdit(Party.RESIDENT));
    assertEquals(
        new MonthlyTotals(euros("0.00"), euros("0.00"), euros("0.00"), euros("0.00")),
        plan.monthlyTotals(TODAY));
  }

  @ParameterizedTest
  @CsvSource({
    "WEEKLY, 100.00, 433.33",
    "FOUR_WEEKLY, 100.00, 108.33",
    "MONTHLY, 100.00, 100.00",
    "QUARTERLY, 100.00, 33.33",
    "YEARLY, 100.00, 8.33",
    "WEEKLY, 0.05, 0.22",
    "YEARLY, 0.06, 0.01",
    "FOUR_WEEKLY, 1500, 1625.00"
  })
  void every_frequency_is_converted_to_a_month_and_rounded_half_up_to_cents(
      Frequency frequency, String amount, String monthly) {
    assertEquals(euros(monthly), frequency.monthly(euros(amount)));
  }

  @Test
  void the_monthly_totals_add_the_rounded_lines_and_show_what_is_left() {
    BudgetPlan plan = BudgetPlan.empty(TRAJECTORY);
    plan.replace(
        Party.PROFESSIONAL,
        List.of(
            new IncomeLine("Loon", euros("1500"), Frequency.FOUR_WEEKLY),
            new IncomeLine("Zorgtoeslag", euros("123.45"), Frequency.MONTHLY)),
        List.of(
            new ExpenseLine("Huur", euros("750.00"), Frequency.MONTHLY),
            new ExpenseLine("Boodschappen", euros("80"), Frequency.WEEKLY)),
        List.of(
            new Debt("Energiebedrijf", euros("600"), euros("50"), Frequency.MONTHLY, null),
            new Debt("Zorgverzekeraar", euros("120"), euros("10"), Frequency.MONTHLY, TODAY),
            new Debt("Telefoon", euros("0"), euros("25"), Frequency.MONTHLY, TODAY.minusDays(1))));

    MonthlyTotals totals = plan.monthlyTotals(TODAY);

    assertEquals(euros("1748.45"), totals.income());
    assertEquals(euros("1096.67"), totals.expenses(), "750.00 + 80 x 52 / 12 = 346.67");
    assertEquals(
        euros("60.00"), totals.debtPayments(), "a debt whose payments ended no longer counts");
    assertEquals(euros("591.78"), totals.left());
  }

  @Test
  void what_is_left_is_negative_when_more_goes_out_than_comes_in() {
    BudgetPlan plan = BudgetPlan.empty(TRAJECTORY);
    plan.replace(
        Party.PROFESSIONAL,
        List.of(new IncomeLine("Uitkering", euros("1000"), Frequency.MONTHLY)),
        List.of(new ExpenseLine("Huur", euros("1100"), Frequency.MONTHLY)),
        List.of());

    assertEquals(euros("-100.00"), plan.monthlyTotals(TODAY).left());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "12.345", "10000000000.00"})
  void amounts_are_euros_from_zero_with_at_most_cents_and_the_field_is_named(String amount) {
    RuleViolation violation =
        assertViolates(
            "amount-invalid", () -> new IncomeLine("Loon", euros(amount), Frequency.MONTHLY));
    assertTrue(violation.getMessage().startsWith("amount "), violation.getMessage());

    assertTrue(
        assertViolates(
                "amount-invalid",
                () -> new Debt("Bank", euros(amount), euros("1"), Frequency.MONTHLY, null))
            .getMessage()
            .startsWith("outstandingAmount "));
    assertTrue(
        assertViolates(
                "amount-invalid",
                () -> new Debt("Bank", euros("1"), euros(amount), Frequency.MONTHLY, null))
            .getMessage()
            .startsWith("periodicAmount "));
  }

  @Test
  void amounts_are_kept_with_two_decimals_and_texts_trimmed() {
    ExpenseLine line = new ExpenseLine("  Energie ", euros("99.5000"), Frequency.MONTHLY);

    assertEquals("Energie", line.category());
    assertEquals("99.50", line.amount().toPlainString());
    assertEquals("0.00", new IncomeLine("Gift", euros("0"), Frequency.YEARLY).amount().toString());
    assertViolates("text-required", () -> new ExpenseLine(" ", euros("1"), Frequency.MONTHLY));
    assertViolates(
        "text-too-long",
        () -> new Debt("x".repeat(201), euros("1"), euros("1"), Frequency.MONTHLY, null));
  }

  @Test
  void a_list_has_at_most_100_lines() {
    BudgetPlan plan = BudgetPlan.empty(TRAJECTORY);
    List<ExpenseLine> many =
        Collections.nCopies(101, new ExpenseLine("Boodschappen", euros("1"), Frequency.WEEKLY));

    RuleViolation violation =
        assertViolates(
            "too-many-budget-lines",
            () -> plan.replace(Party.PROFESSIONAL, List.of(), many, List.of()));
    assertTrue(violation.getMessage().startsWith("expenses "));
    assertEquals(List.of(), plan.expenses());
  }

  @Test
  void a_resident_without_a_right_sees_nothing_and_changes_nothing() {
    BudgetPlan plan = plan(ResidentBudgetRight.NONE);

    assertViolates("budget-plan-not-shared", () -> plan.ensureReadableBy(Party.RESIDENT));
    assertViolates("budget-plan-not-shared", () -> plan.ensureReadableBy(Party.SUPPORT_WORKER));
    assertViolates(
        "budget-plan-not-shared",
        () -> plan.replace(Party.RESIDENT, List.of(), List.of(), List.of()));
    plan.ensureReadableBy(Party.PROFESSIONAL);
  }

  @Test
  void a_resident_with_the_right_to_read_reads_but_does_not_change() {
    BudgetPlan plan = plan(ResidentBudgetRight.READ);

    plan.ensureReadableBy(Party.RESIDENT);
    plan.ensureReadableBy(Party.SUPPORT_WORKER);
    assertViolates(
        "budget-plan-read-only",
        () -> plan.replace(Party.RESIDENT, List.of(), List.of(), List.of()));
  }

  @Test
  void a_resident_with_the_right_to_edit_changes_the_plan_and_a_support_worker_never_does() {
    BudgetPlan plan = plan(ResidentBudgetRight.READ_AND_EDIT);
    List<IncomeLine> incomes = List.of(new IncomeLine("Loon", euros("2000"), Frequency.MONTHLY));

    plan.replace(Party.RESIDENT, incomes, List.of(), List.of());

    assertEquals(incomes, plan.incomes());
    assertViolates(
        "budget-plan-read-only",
        () -> plan.replace(Party.SUPPORT_WORKER, List.of(), List.of(), List.of()));
  }

  @Test
  void only_a_professional_sets_the_residents_right() {
    BudgetPlan plan = plan(ResidentBudgetRight.READ_AND_EDIT);

    assertViolates(
        "budget-rights-by-professional",
        () -> plan.setResidentRight(Party.RESIDENT, ResidentBudgetRight.READ_AND_EDIT));
    plan.setResidentRight(Party.PROFESSIONAL, ResidentBudgetRight.NONE);
    assertEquals(ResidentBudgetRight.NONE, plan.residentRight());
  }
}
