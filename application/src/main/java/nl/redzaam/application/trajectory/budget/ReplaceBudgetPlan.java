package nl.redzaam.application.trajectory.budget;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.BudgetPlanRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.Debt;
import nl.redzaam.domain.budget.ExpenseLine;
import nl.redzaam.domain.budget.IncomeLine;
import nl.redzaam.domain.budget.Party;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A professional, or the resident with the right to edit, replaces the whole budget plan. The
 * change must be made on the version stored now ({@code expectedVersion}, the ETag the client
 * read), so that nobody overwrites a change they have not seen.
 */
public final class ReplaceBudgetPlan {

  public record Command(
      TrajectoryId trajectoryId,
      long expectedVersion,
      List<IncomeLine> incomes,
      List<ExpenseLine> expenses,
      List<Debt> debts) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      incomes = List.copyOf(incomes);
      expenses = List.copyOf(expenses);
      debts = List.copyOf(debts);
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final BudgetPlanRepository plans;
  private final Clock clock;

  @Inject
  public ReplaceBudgetPlan(
      CurrentUser currentUser, TrajectoryAccess access, BudgetPlanRepository plans, Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.plans = plans;
    this.clock = clock;
  }

  public BudgetPlanOverview execute(Command command) {
    Actor actor = currentUser.actor();
    access.require(actor, TrajectoryPermission.EDIT_BUDGET_PLAN, command.trajectoryId());
    Party party = BudgetPlans.party(actor);
    BudgetPlan plan = BudgetPlans.load(plans, command.trajectoryId());
    plan.ensureEditableBy(party);
    if (plan.version() != command.expectedVersion()) {
      throw new StaleVersion(
          "The budget plan was changed since you read it (version "
              + command.expectedVersion()
              + ", now "
              + plan.version()
              + "). Read it again and redo your change.");
    }
    plan.replace(party, command.incomes(), command.expenses(), command.debts());
    return BudgetPlans.overview(BudgetPlans.store(plans, plan), party, clock.today());
  }
}
