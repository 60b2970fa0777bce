package nl.redzaam.application.usecase;

import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.MonthlyTotals;

/**
 * A budget plan as someone sees it: its content and version, its monthly totals today, and whether
 * they may change it.
 */
public record BudgetPlanOverview(BudgetPlan plan, MonthlyTotals totals, boolean mayEdit) {}
