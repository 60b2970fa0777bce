package nl.redzaam.application.trajectory.budget;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.BudgetPlanRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.Party;
import nl.redzaam.domain.budget.ResidentBudgetRight;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach (also a stand-in) or specialist decides what the resident may do with the budget plan.
 * The last decision counts: no version is required, as the right is one value set as a whole.
 */
public final class SetResidentBudgetRight {

  public record Command(TrajectoryId trajectoryId, ResidentBudgetRight right) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(right, "right");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final BudgetPlanRepository plans;
  private final Clock clock;

  @Inject
  public SetResidentBudgetRight(
      CurrentUser currentUser, TrajectoryAccess access, BudgetPlanRepository plans, Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.plans = plans;
    this.clock = clock;
  }

  public BudgetPlanOverview execute(Command command) {
    Actor actor = currentUser.actor();
    access.require(actor, TrajectoryPermission.SET_BUDGET_RIGHTS, command.trajectoryId());
    Party party = BudgetPlans.party(actor);
    BudgetPlan plan = BudgetPlans.load(plans, command.trajectoryId());
    plan.setResidentRight(party, command.right());
    return BudgetPlans.overview(BudgetPlans.store(plans, plan), party, clock.today());
  }
}
