package nl.redzaam.application.trajectory.growthplan;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.GrowthPlanRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.growthplan.TrajectoryStatus;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The one way a use case changes a growth plan, like {@link TrajectoryChanges} for the trajectory:
 * load the trajectory with the access check (which writes the access log), load the plan (or the
 * empty one), refuse unless the plan is still at the version the caller read, run the change, store
 * the plan and publish what happened in the same transaction.
 *
 * <p>Only the plan's own version counts: the trajectory is read, for its {@link TrajectoryStatus},
 * but neither compared nor stored, so a resident working on the trajectory meanwhile (a draft
 * answer) does not make the coach's change stale.
 */
public final class GrowthPlanChanges {

  /** A change to the plan, made by a coach. */
  @FunctionalInterface
  public interface Change {
    void apply(GrowthPlan plan, Keeping by);
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final GrowthPlanRepository plans;
  private final Clock clock;
  private final Notifications notifications;

  @Inject
  public GrowthPlanChanges(
      CurrentUser currentUser,
      TrajectoryAccess access,
      GrowthPlanRepository plans,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.plans = plans;
    this.clock = clock;
    this.notifications = notifications;
  }

  /** The stored plan, or the empty one (version 0) of a trajectory whose plan nobody changed. */
  static GrowthPlan load(GrowthPlanRepository plans, TrajectoryId trajectory) {
    return plans.find(trajectory).orElseGet(() -> GrowthPlan.empty(trajectory));
  }

  /**
   * Changes the plan, only while it is still at the version the caller read, so nobody's change is
   * silently overwritten; a writer who got in between is refused the same way.
   *
   * @return the version the plan is stored at now
   * @throws StaleVersion when the plan changed since {@code expectedVersion}
   */
  public long changeAt(long expectedVersion, TrajectoryId id, Change change) {
    Actor actor = currentUser.actor();
    Trajectory trajectory = access.require(actor, TrajectoryPermission.EDIT_GROWTH_PLAN, id);
    Optional<GrowthPlan> stored = plans.find(id);
    GrowthPlan plan = stored.orElseGet(() -> GrowthPlan.empty(id));
    StaleVersion.require(expectedVersion, plan.version(), "The growth plan");
    change.apply(plan, new Keeping(actor, TrajectoryStatus.of(trajectory), clock.now()));
    try {
      if (stored.isPresent()) {
        plans.update(plan);
      } else {
        plans.add(plan);
      }
    } catch (ConcurrentUpdateException e) {
      throw new StaleVersion("Someone changed the growth plan while this change was stored", e);
    }
    List<TrajectoryEvent> events = plan.releaseEvents();
    if (!events.isEmpty()) {
      notifications.happened(events);
    }
    return plan.version() + 1;
  }

  /** Who changes the plan and when, with the status of its trajectory. */
  public record Keeping(Actor actor, TrajectoryStatus trajectory, Instant now) {

    /** The staff member who acts; anyone else may not keep the growth plan. */
    public StaffMemberId coach() {
      return TrajectoryAccess.staff(actor, "keep the growth plan").staffMemberId();
    }
  }
}
