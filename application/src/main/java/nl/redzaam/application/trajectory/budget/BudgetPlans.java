package nl.redzaam.application.trajectory.budget;

import java.time.LocalDate;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.BudgetPlanRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.Party;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** What the budget plan use cases share: who the actor is to the plan, loading and storing. */
final class BudgetPlans {

  private BudgetPlans() {}

  /**
   * The actor's party, for an actor {@link TrajectoryAccess} has related to the trajectory: a
   * resident is its resident, a staff member one of its professionals.
   */
  static Party party(Actor actor) {
    if (actor instanceof Actor.ResidentActor) {
      return Party.RESIDENT;
    }
    if (actor instanceof Actor.StaffActor) {
      return Party.PROFESSIONAL;
    }
    return Party.SUPPORT_WORKER;
  }

  /** The stored plan, or the empty one (version 0) of a trajectory whose plan nobody saved. */
  static BudgetPlan load(BudgetPlanRepository plans, TrajectoryId trajectory) {
    return plans.find(trajectory).orElseGet(() -> BudgetPlan.empty(trajectory));
  }

  /** Stores the plan and returns it as stored, with its new version. */
  static BudgetPlan store(BudgetPlanRepository plans, BudgetPlan plan) {
    if (plan.version() == 0) {
      plans.add(plan);
    } else {
      plans.update(plan);
    }
    return plans.find(plan.trajectoryId()).orElseThrow();
  }

  static BudgetPlanOverview overview(BudgetPlan plan, Party party, LocalDate today) {
    return new BudgetPlanOverview(plan, plan.monthlyTotals(today), plan.mayEdit(party), today);
  }
}
