package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.GrowthPlanRepository;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.usecase.AchieveGoal;
import nl.redzaam.application.usecase.AddOwnAssignment;
import nl.redzaam.application.usecase.GrowthPlanChanges;
import nl.redzaam.application.usecase.LeaveNote;
import nl.redzaam.application.usecase.ListNotes;
import nl.redzaam.application.usecase.MakeAgreement;
import nl.redzaam.application.usecase.ReadDraftAnswers;
import nl.redzaam.application.usecase.ReadGrowthPlan;
import nl.redzaam.application.usecase.ReadNote;
import nl.redzaam.application.usecase.ReadThemeProgress;
import nl.redzaam.application.usecase.RecordProgress;
import nl.redzaam.application.usecase.ReinstateAssignment;
import nl.redzaam.application.usecase.ReplyToNote;
import nl.redzaam.application.usecase.SaveDraftAnswers;
import nl.redzaam.application.usecase.SetGoal;
import nl.redzaam.application.usecase.SkipAssignment;
import nl.redzaam.application.usecase.StressAssignment;
import nl.redzaam.application.usecase.TrajectoryAccess;
import nl.redzaam.application.usecase.TrajectoryChanges;

/**
 * Builds the use cases of the daily work in a trajectory: notes and replies, draft answers, the
 * growth plan, tailoring and progress per theme. Like {@link UseCases}, dependent-scoped beans.
 */
@ApplicationScoped
public class TrajectoryWorkUseCases {

  @Produces
  LeaveNote leaveNote(TrajectoryChanges changes, IdentityGenerator ids) {
    return new LeaveNote(changes, ids);
  }

  @Produces
  ReplyToNote replyToNote(TrajectoryChanges changes) {
    return new ReplyToNote(changes);
  }

  @Produces
  ListNotes listNotes(CurrentUser currentUser, TrajectoryAccess access) {
    return new ListNotes(currentUser, access);
  }

  @Produces
  ReadNote readNote(CurrentUser currentUser, TrajectoryAccess access) {
    return new ReadNote(currentUser, access);
  }

  @Produces
  SaveDraftAnswers saveDraftAnswers(TrajectoryChanges changes) {
    return new SaveDraftAnswers(changes);
  }

  @Produces
  ReadDraftAnswers readDraftAnswers(
      CurrentUser currentUser, TrajectoryAccess access, CatalogueRepository catalogues) {
    return new ReadDraftAnswers(currentUser, access, catalogues);
  }

  /**
   * How the growth-plan use cases change the plan, which has its own version (not the
   * trajectory's).
   */
  @Produces
  GrowthPlanChanges growthPlanChanges(
      CurrentUser currentUser,
      TrajectoryAccess access,
      GrowthPlanRepository plans,
      Clock clock,
      Notifications notifications) {
    return new GrowthPlanChanges(currentUser, access, plans, clock, notifications);
  }

  @Produces
  ReadGrowthPlan readGrowthPlan(
      CurrentUser currentUser, TrajectoryAccess access, GrowthPlanRepository plans) {
    return new ReadGrowthPlan(currentUser, access, plans);
  }

  @Produces
  SetGoal setGoal(GrowthPlanChanges changes, IdentityGenerator ids) {
    return new SetGoal(changes, ids);
  }

  @Produces
  AchieveGoal achieveGoal(GrowthPlanChanges changes) {
    return new AchieveGoal(changes);
  }

  @Produces
  MakeAgreement makeAgreement(GrowthPlanChanges changes, IdentityGenerator ids) {
    return new MakeAgreement(changes, ids);
  }

  @Produces
  RecordProgress recordProgress(GrowthPlanChanges changes, IdentityGenerator ids) {
    return new RecordProgress(changes, ids);
  }

  @Produces
  SkipAssignment skipAssignment(TrajectoryChanges changes) {
    return new SkipAssignment(changes);
  }

  @Produces
  ReinstateAssignment reinstateAssignment(TrajectoryChanges changes) {
    return new ReinstateAssignment(changes);
  }

  @Produces
  StressAssignment stressAssignment(TrajectoryChanges changes) {
    return new StressAssignment(changes);
  }

  @Produces
  AddOwnAssignment addOwnAssignment(TrajectoryChanges changes) {
    return new AddOwnAssignment(changes);
  }

  @Produces
  ReadThemeProgress readThemeProgress(
      CurrentUser currentUser,
      TrajectoryAccess access,
      CatalogueRepository catalogues,
      Clock clock) {
    return new ReadThemeProgress(currentUser, access, catalogues, clock);
  }
}
