package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
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
import nl.redzaam.application.usecase.TrajectoryChanges;

/**
 * Builds the use cases of evaluations, screenings, aftercare, early stop and the specialist's work
 * list (see {@link UseCases} for why they are produced here).
 */
@ApplicationScoped
public class EvaluationUseCases {

  @Produces
  OpenEvaluation openEvaluation(TrajectoryChanges changes) {
    return new OpenEvaluation(changes);
  }

  @Produces
  ReadEvaluations readEvaluations(CurrentUser currentUser, TrajectoryAccess access) {
    return new ReadEvaluations(currentUser, access);
  }

  @Produces
  AnswerEvaluation answerEvaluation(TrajectoryChanges changes) {
    return new AnswerEvaluation(changes);
  }

  @Produces
  ConcludeEvaluation concludeEvaluation(TrajectoryChanges changes) {
    return new ConcludeEvaluation(changes);
  }

  @Produces
  ReadSelfAssessment readSelfAssessment(
      CurrentUser currentUser, TrajectoryAccess access, SelfAssessmentRepository selfAssessments) {
    return new ReadSelfAssessment(currentUser, access, selfAssessments);
  }

  @Produces
  RecordScreening recordScreening(
      TrajectoryChanges changes, SelfAssessmentRepository selfAssessments, IdentityGenerator ids) {
    return new RecordScreening(changes, selfAssessments, ids);
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
  PlanCheckIn planCheckIn(TrajectoryChanges changes, IdentityGenerator ids) {
    return new PlanCheckIn(changes, ids);
  }

  @Produces
  PlanConversation planConversation(TrajectoryChanges changes) {
    return new PlanConversation(changes);
  }

  @Produces
  RecordCheckIn recordCheckIn(TrajectoryChanges changes) {
    return new RecordCheckIn(changes);
  }

  @Produces
  CloseTrajectory closeTrajectory(TrajectoryChanges changes) {
    return new CloseTrajectory(changes);
  }

  @Produces
  StopEarly stopEarly(TrajectoryChanges changes) {
    return new StopEarly(changes);
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
