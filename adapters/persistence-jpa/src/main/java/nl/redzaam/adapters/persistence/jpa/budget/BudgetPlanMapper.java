package nl.redzaam.adapters.persistence.jpa.budget;

import nl.redzaam.adapters.persistence.jpa.Rows;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.Debt;
import nl.redzaam.domain.budget.ExpenseLine;
import nl.redzaam.domain.budget.IncomeLine;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Maps a budget plan to its entities and back; lines are rows by position. */
final class BudgetPlanMapper {

  private BudgetPlanMapper() {}

  static BudgetPlan toDomain(BudgetPlanEntity e) {
    return new BudgetPlan(
        new TrajectoryId(e.trajectoryId),
        e.residentRight,
        Rows.inOrder(
            e.incomes, x -> x.position, x -> new IncomeLine(x.source, x.amount, x.frequency)),
        Rows.inOrder(
            e.expenses, x -> x.position, x -> new ExpenseLine(x.category, x.amount, x.frequency)),
        Rows.inOrder(
            e.debts,
            x -> x.position,
            x ->
                new Debt(
                    x.creditor, x.outstandingAmount, x.periodicAmount, x.frequency, x.endDate)),
        e.version);
  }

  /** Brings a new or managed entity in line with the plan; leaves the version alone. */
  static void copy(BudgetPlan p, BudgetPlanEntity e) {
    e.trajectoryId = p.trajectoryId().value();
    e.residentRight = p.residentRight();
    Rows.syncByPosition(
        e.incomes,
        p.incomes(),
        x -> x.position,
        i -> new BudgetIncomeEntity(e, i),
        (line, x) -> {
          x.source = line.source();
          x.amount = line.amount();
          x.frequency = line.frequency();
        });
    Rows.syncByPosition(
        e.expenses,
        p.expenses(),
        x -> x.position,
        i -> new BudgetExpenseEntity(e, i),
        (line, x) -> {
          x.category = line.category();
          x.amount = line.amount();
          x.frequency = line.frequency();
        });
    Rows.syncByPosition(
        e.debts,
        p.debts(),
        x -> x.position,
        i -> new BudgetDebtEntity(e, i),
        (debt, x) -> {
          x.creditor = debt.creditor();
          x.outstandingAmount = debt.outstandingAmount();
          x.periodicAmount = debt.periodicAmount();
          x.frequency = debt.frequency();
          x.endDate = debt.endDate();
        });
  }
}
