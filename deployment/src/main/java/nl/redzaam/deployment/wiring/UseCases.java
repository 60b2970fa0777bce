package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.usecase.ChangeTrajectoryTempo;
import nl.redzaam.application.usecase.ListCaseload;
import nl.redzaam.application.usecase.ListOwnTrajectories;
import nl.redzaam.application.usecase.ReadTrajectory;
import nl.redzaam.application.usecase.ReadWeekAssignments;
import nl.redzaam.application.usecase.ReviewAnswers;
import nl.redzaam.application.usecase.StartTrajectory;
import nl.redzaam.application.usecase.SubmitAnswers;
import nl.redzaam.application.usecase.TrajectoryAccess;
import nl.redzaam.application.usecase.TrajectoryChanges;

/**
 * Builds the use cases. They are plain classes without CDI annotations, so the application layer
 * stays free of frameworks; their ports are injected here. The produced beans are dependent-scoped:
 * cheap to create, and the ports they hold are proxies of the right scope.
 */
@ApplicationScoped
public class UseCases {

  @Produces
  TrajectoryAccess trajectoryAccess(
      TrajectoryRepository trajectories,
      CoachTeamRepository teams,
      SupportGrantRepository grants,
      AccessLog accessLog) {
    return new TrajectoryAccess(trajectories, teams, grants, accessLog);
  }

  @Produces
  TrajectoryChanges trajectoryChanges(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock,
      Notifications notifications) {
    return new TrajectoryChanges(
        currentUser, access, trajectories, catalogues, clock, notifications);
  }

  @Produces
  StartTrajectory startTrajectory(
      CurrentUser currentUser,
      MunicipalityRepository municipalities,
      StaffMemberRepository staff,
      ResidentRepository residents,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications,
      AccessLog accessLog) {
    return new StartTrajectory(
        currentUser,
        municipalities,
        staff,
        residents,
        trajectories,
        catalogues,
        ids,
        clock,
        notifications,
        accessLog);
  }

  @Produces
  ListCaseload listCaseload(
      CurrentUser currentUser,
      TrajectoryRepository trajectories,
      ResidentRepository residents,
      CoachTeamRepository teams,
      MessageRepository messages,
      CatalogueRepository catalogues,
      AccessLog accessLog,
      Clock clock) {
    return new ListCaseload(
        currentUser, trajectories, residents, teams, messages, catalogues, accessLog, clock);
  }

  @Produces
  ListOwnTrajectories listOwnTrajectories(
      CurrentUser currentUser,
      TrajectoryRepository trajectories,
      AccessLog accessLog,
      Clock clock) {
    return new ListOwnTrajectories(currentUser, trajectories, accessLog, clock);
  }

  @Produces
  ReadTrajectory readTrajectory(CurrentUser currentUser, TrajectoryAccess access, Clock clock) {
    return new ReadTrajectory(currentUser, access, clock);
  }

  @Produces
  ReadWeekAssignments readWeekAssignments(
      CurrentUser currentUser,
      TrajectoryAccess access,
      CatalogueRepository catalogues,
      Clock clock) {
    return new ReadWeekAssignments(currentUser, access, catalogues, clock);
  }

  @Produces
  SubmitAnswers submitAnswers(TrajectoryChanges changes) {
    return new SubmitAnswers(changes);
  }

  @Produces
  ReviewAnswers reviewAnswers(TrajectoryChanges changes) {
    return new ReviewAnswers(changes);
  }

  @Produces
  ChangeTrajectoryTempo changeTrajectoryTempo(TrajectoryChanges changes) {
    return new ChangeTrajectoryTempo(changes);
  }
}
