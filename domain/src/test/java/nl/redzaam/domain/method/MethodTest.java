package nl.redzaam.domain.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary of the method (Appendix 1 of the handreiking). */
class MethodTest {

  @Test
  void debt_assistance_and_budget_management_offers_two_trajectory_types() {
    assertEquals(
        List.of(TrajectoryType.DEBT_ASSISTANCE, TrajectoryType.BUDGET_MANAGEMENT),
        Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT.trajectoryTypes());
  }

  @Test
  void protective_administration_and_prevention_offer_one_type_each() {
    assertEquals(
        List.of(TrajectoryType.PROTECTIVE_ADMINISTRATION),
        Module.PROTECTIVE_ADMINISTRATION.trajectoryTypes());
    assertEquals(
        List.of(TrajectoryType.FINANCIAL_SUPPORT), Module.FINANCIAL_SUPPORT.trajectoryTypes());
  }

  @Test
  void only_the_prevention_type_runs_without_a_specialist() {
    assertEquals(
        List.of(TrajectoryType.FINANCIAL_SUPPORT),
        Arrays.stream(TrajectoryType.values()).filter(t -> !t.requiresSpecialist()).toList());
  }

  @Test
  void the_outcomes_are_steps_11a_11b_and_11c() {
    assertEquals(
        List.of("11A", "11B", "11C"), Arrays.stream(Outcome.values()).map(Outcome::step).toList());
    assertEquals("Zelfstandig verder", Outcome.INDEPENDENT.dutchName());
  }

  @Test
  void part_one_covers_income_self_reliance_and_organising_money_matters() {
    assertEquals(
        List.of(Theme.INCOME, Theme.SELF_RELIANCE, Theme.ORGANISING_MONEY_MATTERS),
        Arrays.stream(Theme.values()).filter(t -> t.part() == Theme.CoachingPart.ONE).toList());
    assertEquals(
        List.of(Theme.SPENDING_RESPONSIBLY, Theme.BEING_PREPARED),
        Arrays.stream(Theme.values()).filter(t -> t.part() == Theme.CoachingPart.TWO).toList());
  }

  @Test
  void there_are_three_evaluation_moments() {
    assertEquals(
        List.of(EvaluationKind.START, EvaluationKind.MID, EvaluationKind.FINAL),
        List.of(EvaluationKind.values()));
  }
}
