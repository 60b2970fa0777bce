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
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The budget plan of a trajectory with its monthly totals. Professionals always read it; the
 * resident, and a support worker on their behalf, only while the resident's right is READ or
 * READ_AND_EDIT.
 */
public final class ReadBudgetPlan {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final BudgetPlanRepository plans;
  private final Clock clock;

  @Inject
  public ReadBudgetPlan(
      CurrentUser currentUser, TrajectoryAccess access, BudgetPlanRepository plans, Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.plans = plans;
    this.clock = clock;
  }

  public BudgetPlanOverview execute(Query query) {
    Actor actor = currentUser.actor();
    access.require(actor, TrajectoryPermission.VIEW, query.trajectoryId());
    Party party = BudgetPlans.party(actor);
    BudgetPlan plan = BudgetPlans.load(plans, query.trajectoryId());
    plan.ensureReadableBy(party);
    return BudgetPlans.overview(plan, party, clock.today());
  }
}
