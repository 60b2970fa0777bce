package nl.redzaam.adapters.rest.v1.trajectory.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.adapters.rest.problem.PreconditionRequired;
import nl.redzaam.adapters.rest.v1.trajectory.budget.BudgetPlanResource.BudgetDebt;
import nl.redzaam.adapters.rest.v1.trajectory.budget.BudgetPlanResource.BudgetIncome;
import nl.redzaam.domain.budget.Debt;
import nl.redzaam.domain.budget.Frequency;
import nl.redzaam.domain.budget.IncomeLine;
import nl.redzaam.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The request checks of the budget plan that happen before the use case. */
class BudgetPlanResourceTest {

  @Test
  void if_match_carries_the_version_as_a_strong_etag() {
    assertEquals(3, BudgetPlanResource.expectedVersion("\"3\""));
    assertEquals(0, BudgetPlanResource.expectedVersion(" \"0\" "));
  }

  @Test
  void without_if_match_the_change_needs_a_precondition_and_a_foreign_tag_never_matches() {
    assertThrows(PreconditionRequired.class, () -> BudgetPlanResource.expectedVersion(null));
    assertThrows(PreconditionRequired.class, () -> BudgetPlanResource.expectedVersion(" "));
    assertThrows(PreconditionRequired.class, () -> BudgetPlanResource.expectedVersion("*"));
    assertThrows(BadRequest.class, () -> BudgetPlanResource.expectedVersion("W/\"3\""));
    assertThrows(BadRequest.class, () -> BudgetPlanResource.expectedVersion("3"));
    assertThrows(BadRequest.class, () -> BudgetPlanResource.expectedVersion("\"abc\""));
  }

  @Test
  void lines_are_read_with_amounts_as_text_and_a_comma_accepted() {
    List<IncomeLine> lines =
        BudgetPlanResource.lines(
            List.of(new BudgetIncome("Loon", "1500,5", "FOUR_WEEKLY", "ignored")),
            "incomes",
            BudgetPlanResource::income);

    assertEquals(
        List.of(new IncomeLine("Loon", new BigDecimal("1500.50"), Frequency.FOUR_WEEKLY)), lines);
  }

  @Test
  void a_broken_rule_names_the_line_and_field() {
    RuleViolation violation =
        assertThrows(
            RuleViolation.class,
            () ->
                BudgetPlanResource.lines(
                    List.of(
                        new BudgetIncome("Loon", "10", "MONTHLY", null),
                        new BudgetIncome("Toeslag", "12.345", "MONTHLY", null)),
                    "incomes",
                    BudgetPlanResource::income));

    assertEquals("amount-invalid", violation.rule());
    assertEquals(
        "incomes[1].amount must be an amount in euros from 0 to 9999999999.99 with at most 2"
            + " decimals, not 12.345",
        violation.getMessage());
  }

  @Test
  void unreadable_input_is_a_bad_request_naming_the_field() {
    BadRequest amount =
        assertThrows(
            BadRequest.class,
            () ->
                BudgetPlanResource.lines(
                    List.of(new BudgetDebt("Bank", "veel", "10", "MONTHLY", null, null)),
                    "debts",
                    BudgetPlanResource::debt));
    assertEquals(
        "debts[0].outstandingAmount must be an amount like \"12.50\", not 'veel'",
        amount.getMessage());
    BadRequest frequency =
        assertThrows(
            BadRequest.class,
            () ->
                BudgetPlanResource.lines(
                    List.of(new BudgetIncome("Loon", "10", "DAILY", null)),
                    "incomes",
                    BudgetPlanResource::income));
    assertTrue(frequency.getMessage().startsWith("incomes[0].frequency must be one of"));
    assertThrows(
        BadRequest.class,
        () ->
            BudgetPlanResource.lines(
                java.util.Arrays.asList((BudgetIncome) null),
                "incomes",
                BudgetPlanResource::income));
  }

  @Test
  void a_debt_end_date_is_optional() {
    List<Debt> debts =
        BudgetPlanResource.lines(
            List.of(
                new BudgetDebt("Bank", "100", "10", "MONTHLY", "2027-06-30", null),
                new BudgetDebt("Huur", "100", "10", "MONTHLY", null, null)),
            "debts",
            BudgetPlanResource::debt);

    assertEquals(LocalDate.of(2027, 6, 30), debts.get(0).endDate());
    assertNull(debts.get(1).endDate());
  }
}
