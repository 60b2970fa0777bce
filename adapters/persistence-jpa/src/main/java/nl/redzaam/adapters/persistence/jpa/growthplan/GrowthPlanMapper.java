package nl.redzaam.adapters.persistence.jpa.growthplan;

import nl.redzaam.adapters.persistence.jpa.Rows;
import nl.redzaam.domain.growthplan.Agreement;
import nl.redzaam.domain.growthplan.AgreementId;
import nl.redzaam.domain.growthplan.Goal;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.growthplan.ProgressEntry;
import nl.redzaam.domain.growthplan.ProgressEntryId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Maps a growth plan to its entities and back; parts are rows by their id, in list order. */
final class GrowthPlanMapper {

  private GrowthPlanMapper() {}

  static GrowthPlan toDomain(GrowthPlanEntity e) {
    return new GrowthPlan(
        new TrajectoryId(e.trajectoryId),
        Rows.inOrder(e.goals, g -> g.position, GrowthPlanMapper::goal),
        Rows.inOrder(e.agreements, a -> a.position, GrowthPlanMapper::agreement),
        Rows.inOrder(e.progressEntries, p -> p.position, GrowthPlanMapper::progressEntry),
        e.version);
  }

  /** Brings a new or managed entity in line with the plan; leaves the version alone. */
  static void copy(GrowthPlan plan, GrowthPlanEntity e) {
    e.trajectoryId = plan.trajectoryId().value();
    Rows.sync(
        e.goals,
        plan.goals(),
        g -> g.id().value(),
        g -> g.id,
        g -> new GoalEntity(e, g.id().value()),
        GrowthPlanMapper::copyGoal);
    Rows.sync(
        e.agreements,
        plan.agreements(),
        a -> a.id().value(),
        a -> a.id,
        a -> new AgreementEntity(e, a.id().value()),
        GrowthPlanMapper::copyAgreement);
    Rows.sync(
        e.progressEntries,
        plan.progress(),
        p -> p.id().value(),
        p -> p.id,
        p -> new ProgressEntryEntity(e, p.id().value()),
        GrowthPlanMapper::copyProgressEntry);
  }

  private static Goal goal(GoalEntity g) {
    return new Goal(new GoalId(g.id), g.description, g.theme, g.setOn, g.achievedOn);
  }

  private static Agreement agreement(AgreementEntity a) {
    return new Agreement(new AgreementId(a.id), a.description, a.madeOn);
  }

  private static ProgressEntry progressEntry(ProgressEntryEntity p) {
    return new ProgressEntry(
        new ProgressEntryId(p.id),
        p.goalId == null ? null : new GoalId(p.goalId),
        p.body,
        p.writtenOn,
        new StaffMemberId(p.author));
  }

  private static void copyGoal(Goal g, GoalEntity x, int position) {
    x.position = position;
    x.description = g.description();
    x.theme = g.theme();
    x.setOn = g.setOn();
    x.achievedOn = g.achievedOn();
  }

  private static void copyAgreement(Agreement a, AgreementEntity x, int position) {
    x.position = position;
    x.description = a.description();
    x.madeOn = a.madeOn();
  }

  private static void copyProgressEntry(ProgressEntry p, ProgressEntryEntity x, int position) {
    x.position = position;
    x.goalId = p.goal() == null ? null : p.goal().value();
    x.body = p.text();
    x.writtenOn = p.writtenOn();
    x.author = p.author().value();
  }
}
