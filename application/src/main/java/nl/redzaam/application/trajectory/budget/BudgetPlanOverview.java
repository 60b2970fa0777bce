package nl.redzaam.application.trajectory.budget;

import java.time.LocalDate;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.MonthlyTotals;

/**
 * A budget plan as someone sees it: its content and version, its monthly totals on the day {@code
 * asOf} (today), and whether they may change it.
 */
public record BudgetPlanOverview(
    BudgetPlan plan, MonthlyTotals totals, boolean mayEdit, LocalDate asOf) {}
