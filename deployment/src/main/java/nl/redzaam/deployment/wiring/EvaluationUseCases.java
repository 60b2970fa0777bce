package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.SelfAssessmentRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.usecase.AnswerEvaluation;
import nl.redzaam.application.usecase.CloseTrajectory;
import nl.redzaam.application.usecase.ConcludeEvaluation;
import nl.redzaam.application.usecase.ListSpecialistTasks;
import nl.redzaam.application.usecase.OpenEvaluation;
import nl.redzaam.application.usecase.PlanCheckIn;
import nl.redzaam.application.usecase.PlanConversation;
import nl.redzaam.application.usecase.ReadAftercare;
import nl.redzaam.application.usecase.ReadEvaluations;
import nl.redzaam.application.usecase.ReadScreenings;
import nl.redzaam.application.usecase.ReadSelfAssessment;
import nl.redzaam.application.usecase.RecordCheckIn;
import nl.redzaam.application.usecase.RecordScreening;
import nl.redzaam.application.usecase.StopEarly;
import nl.redzaam.application.usecase.TrajectoryAccess;

/**
 * Builds the use cases of evaluations, screenings, aftercare, early stop and the specialist's work
 * list (see {@link UseCases} for why they are produced here).
 */
@ApplicationScoped
public class EvaluationUseCases {

  @Produces
  OpenEvaluation openEvaluation(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock,
      Notifications notifications) {
    return new OpenEvaluation(currentUser, access, trajectories, catalogues, clock, notifications);
  }

  @Produces
  ReadEvaluations readEvaluations(CurrentUser currentUser, TrajectoryAccess access) {
    return new ReadEvaluations(currentUser, access);
  }

  @Produces
  AnswerEvaluation answerEvaluation(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new AnswerEvaluation(currentUser, access, trajectories, clock, notifications);
  }

  @Produces
  ConcludeEvaluation concludeEvaluation(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new ConcludeEvaluation(currentUser, access, trajectories, clock, notifications);
  }

  @Produces
  ReadSelfAssessment readSelfAssessment(
      CurrentUser currentUser, TrajectoryAccess access, SelfAssessmentRepository selfAssessments) {
    return new ReadSelfAssessment(currentUser, access, selfAssessments);
  }

  @Produces
  RecordScreening recordScreening(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      SelfAssessmentRepository selfAssessments,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    return new RecordScreening(
        currentUser, access, trajectories, selfAssessments, ids, clock, notifications);
  }

  @Produces
  ReadScreenings readScreenings(CurrentUser currentUser, TrajectoryAccess access) {
    return new ReadScreenings(currentUser, access);
  }

  @Produces
  ReadAftercare readAftercare(CurrentUser currentUser, TrajectoryAccess access) {
    return new ReadAftercare(currentUser, access);
  }

  @Produces
  PlanCheckIn planCheckIn(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    return new PlanCheckIn(currentUser, access, trajectories, ids, clock, notifications);
  }

  @Produces
  PlanConversation planConversation(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new PlanConversation(currentUser, access, trajectories, clock, notifications);
  }

  @Produces
  RecordCheckIn recordCheckIn(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new RecordCheckIn(currentUser, access, trajectories, clock, notifications);
  }

  @Produces
  CloseTrajectory closeTrajectory(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      Clock clock,
      Notifications notifications) {
    return new CloseTrajectory(currentUser, access, trajectories, clock, notifications);
  }

  @Produces
  StopEarly stopEarly(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock,
      Notifications notifications) {
    return new StopEarly(currentUser, access, trajectories, catalogues, clock, notifications);
  }

  @Produces
  ListSpecialistTasks listSpecialistTasks(
      CurrentUser currentUser,
      TrajectoryRepository trajectories,
      ResidentRepository residents,
      CatalogueRepository catalogues,
      AccessLog accessLog,
      Clock clock) {
    return new ListSpecialistTasks(
        currentUser, trajectories, residents, catalogues, accessLog, clock);
  }
}
