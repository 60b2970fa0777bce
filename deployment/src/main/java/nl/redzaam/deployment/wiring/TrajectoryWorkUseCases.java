package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.usecase.AchieveGoal;
import nl.redzaam.application.usecase.AddOwnAssignment;
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

/**
 * Builds the use cases of the daily work in a trajectory: notes and replies, draft answers, the
 * growth plan, tailoring and progress per theme. Like {@link UseCases}, dependent-scoped beans.
 */
@ApplicationScoped
public class TrajectoryWorkUseCases {

  @Produces
  LeaveNote leaveNote(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    return new LeaveNote(currentUser, access, trajectories, catalogues, ids, clock, notifications);
  }

  @Produces
  ReplyToNote replyToNote(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new ReplyToNote(currentUser, access, trajectories, clock, notifications);
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
  SaveDraftAnswers saveDraftAnswers(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock) {
    return new SaveDraftAnswers(currentUser, access, trajectories, catalogues, clock);
  }

  @Produces
  ReadDraftAnswers readDraftAnswers(
      CurrentUser currentUser, TrajectoryAccess access, CatalogueRepository catalogues) {
    return new ReadDraftAnswers(currentUser, access, catalogues);
  }

  @Produces
  ReadGrowthPlan readGrowthPlan(CurrentUser currentUser, TrajectoryAccess access) {
    return new ReadGrowthPlan(currentUser, access);
  }

  @Produces
  SetGoal setGoal(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    return new SetGoal(currentUser, access, trajectories, ids, clock, notifications);
  }

  @Produces
  AchieveGoal achieveGoal(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new AchieveGoal(currentUser, access, trajectories, clock, notifications);
  }

  @Produces
  MakeAgreement makeAgreement(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    return new MakeAgreement(currentUser, access, trajectories, ids, clock, notifications);
  }

  @Produces
  RecordProgress recordProgress(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    return new RecordProgress(currentUser, access, trajectories, ids, clock, notifications);
  }

  @Produces
  SkipAssignment skipAssignment(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock,
      Notifications notifications) {
    return new SkipAssignment(currentUser, access, trajectories, catalogues, clock, notifications);
  }

  @Produces
  ReinstateAssignment reinstateAssignment(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new ReinstateAssignment(currentUser, access, trajectories, clock, notifications);
  }

  @Produces
  StressAssignment stressAssignment(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock,
      Notifications notifications) {
    return new StressAssignment(
        currentUser, access, trajectories, catalogues, clock, notifications);
  }

  @Produces
  AddOwnAssignment addOwnAssignment(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new AddOwnAssignment(currentUser, access, trajectories, clock, notifications);
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
