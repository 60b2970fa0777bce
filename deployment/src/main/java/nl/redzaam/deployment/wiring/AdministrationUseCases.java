package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.application.login.SessionSettings;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.usecase.AddCoachTeamMember;
import nl.redzaam.application.usecase.AddSupportWorker;
import nl.redzaam.application.usecase.AdministratorAccess;
import nl.redzaam.application.usecase.ChangePurchasedModules;
import nl.redzaam.application.usecase.ChangeStaffRoles;
import nl.redzaam.application.usecase.CreateCoachTeam;
import nl.redzaam.application.usecase.CreateStaffMember;
import nl.redzaam.application.usecase.DeactivateStaffMember;
import nl.redzaam.application.usecase.DeactivateSupportWorker;
import nl.redzaam.application.usecase.GrantSupportAccess;
import nl.redzaam.application.usecase.ListAvailableSupportOrganisations;
import nl.redzaam.application.usecase.ListCoachTeams;
import nl.redzaam.application.usecase.ListCoaches;
import nl.redzaam.application.usecase.ListGrantedTrajectories;
import nl.redzaam.application.usecase.ListStaffMembers;
import nl.redzaam.application.usecase.ListSupportGrants;
import nl.redzaam.application.usecase.ListSupportOrganisations;
import nl.redzaam.application.usecase.ListSupportWorkers;
import nl.redzaam.application.usecase.PersonAccounts;
import nl.redzaam.application.usecase.ReadCoachTeam;
import nl.redzaam.application.usecase.ReadMunicipality;
import nl.redzaam.application.usecase.ReadStaffMember;
import nl.redzaam.application.usecase.ReadSupportOrganisation;
import nl.redzaam.application.usecase.RegisterSupportOrganisation;
import nl.redzaam.application.usecase.RemoveCoachTeamMember;
import nl.redzaam.application.usecase.RevokeSupportAccess;
import nl.redzaam.application.usecase.TrajectoryAccess;
import nl.redzaam.application.usecase.VerifySupportOrganisation;

/**
 * Builds the municipal administrator's use cases (municipality, staff, coach teams, support
 * organisations) and the residents' and support workers' side of support access.
 */
@ApplicationScoped
public class AdministrationUseCases {

  @Produces
  AdministratorAccess administratorAccess(
      StaffMemberRepository staff,
      CoachTeamRepository teams,
      SupportOrganisationRepository organisations,
      SupportWorkerRepository workers) {
    return new AdministratorAccess(staff, teams, organisations, workers);
  }

  @Produces
  PersonAccounts personAccounts(
      AccountRepository accounts,
      AccountTokenRepository tokens,
      SessionRepository sessions,
      StaffMemberRepository staff,
      SupportWorkerRepository workers,
      ResidentRepository residents,
      Clock clock,
      SessionSettings settings,
      Notifications notifications) {
    return new PersonAccounts(
        accounts, tokens, sessions, staff, workers, residents, clock, settings, notifications);
  }

  @Produces
  ReadMunicipality readMunicipality(
      CurrentUser currentUser, MunicipalityRepository municipalities) {
    return new ReadMunicipality(currentUser, municipalities);
  }

  @Produces
  ChangePurchasedModules changePurchasedModules(
      CurrentUser currentUser, AdministratorAccess access, MunicipalityRepository municipalities) {
    return new ChangePurchasedModules(currentUser, access, municipalities);
  }

  @Produces
  ListStaffMembers listStaffMembers(
      CurrentUser currentUser, AdministratorAccess access, StaffMemberRepository staff) {
    return new ListStaffMembers(currentUser, access, staff);
  }

  @Produces
  ReadStaffMember readStaffMember(CurrentUser currentUser, AdministratorAccess access) {
    return new ReadStaffMember(currentUser, access);
  }

  @Produces
  CreateStaffMember createStaffMember(
      CurrentUser currentUser,
      AdministratorAccess access,
      StaffMemberRepository staff,
      PersonAccounts accounts,
      IdentityGenerator ids) {
    return new CreateStaffMember(currentUser, access, staff, accounts, ids);
  }

  @Produces
  ChangeStaffRoles changeStaffRoles(
      CurrentUser currentUser, AdministratorAccess access, StaffMemberRepository staff) {
    return new ChangeStaffRoles(currentUser, access, staff);
  }

  @Produces
  DeactivateStaffMember deactivateStaffMember(
      CurrentUser currentUser,
      AdministratorAccess access,
      StaffMemberRepository staff,
      PersonAccounts accounts) {
    return new DeactivateStaffMember(currentUser, access, staff, accounts);
  }

  @Produces
  ListCoaches listCoaches(CurrentUser currentUser, StaffMemberRepository staff) {
    return new ListCoaches(currentUser, staff);
  }

  @Produces
  ListCoachTeams listCoachTeams(
      CurrentUser currentUser,
      AdministratorAccess access,
      CoachTeamRepository teams,
      StaffMemberRepository staff) {
    return new ListCoachTeams(currentUser, access, teams, staff);
  }

  @Produces
  ReadCoachTeam readCoachTeam(
      CurrentUser currentUser, AdministratorAccess access, StaffMemberRepository staff) {
    return new ReadCoachTeam(currentUser, access, staff);
  }

  @Produces
  CreateCoachTeam createCoachTeam(
      CurrentUser currentUser,
      AdministratorAccess access,
      CoachTeamRepository teams,
      StaffMemberRepository staff,
      IdentityGenerator ids) {
    return new CreateCoachTeam(currentUser, access, teams, staff, ids);
  }

  @Produces
  AddCoachTeamMember addCoachTeamMember(
      CurrentUser currentUser, AdministratorAccess access, CoachTeamRepository teams) {
    return new AddCoachTeamMember(currentUser, access, teams);
  }

  @Produces
  RemoveCoachTeamMember removeCoachTeamMember(
      CurrentUser currentUser, AdministratorAccess access, CoachTeamRepository teams) {
    return new RemoveCoachTeamMember(currentUser, access, teams);
  }

  @Produces
  ListSupportOrganisations listSupportOrganisations(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportOrganisationRepository organisations) {
    return new ListSupportOrganisations(currentUser, access, organisations);
  }

  @Produces
  ReadSupportOrganisation readSupportOrganisation(
      CurrentUser currentUser, AdministratorAccess access) {
    return new ReadSupportOrganisation(currentUser, access);
  }

  @Produces
  RegisterSupportOrganisation registerSupportOrganisation(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportOrganisationRepository organisations,
      IdentityGenerator ids) {
    return new RegisterSupportOrganisation(currentUser, access, organisations, ids);
  }

  @Produces
  VerifySupportOrganisation verifySupportOrganisation(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportOrganisationRepository organisations) {
    return new VerifySupportOrganisation(currentUser, access, organisations);
  }

  @Produces
  ListSupportWorkers listSupportWorkers(
      CurrentUser currentUser, AdministratorAccess access, SupportWorkerRepository workers) {
    return new ListSupportWorkers(currentUser, access, workers);
  }

  @Produces
  AddSupportWorker addSupportWorker(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportWorkerRepository workers,
      PersonAccounts accounts,
      IdentityGenerator ids) {
    return new AddSupportWorker(currentUser, access, workers, accounts, ids);
  }

  @Produces
  DeactivateSupportWorker deactivateSupportWorker(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportWorkerRepository workers,
      PersonAccounts accounts) {
    return new DeactivateSupportWorker(currentUser, access, workers, accounts);
  }

  @Produces
  ListAvailableSupportOrganisations listAvailableSupportOrganisations(
      CurrentUser currentUser,
      TrajectoryAccess access,
      SupportOrganisationRepository organisations) {
    return new ListAvailableSupportOrganisations(currentUser, access, organisations);
  }

  @Produces
  ListSupportGrants listSupportGrants(
      CurrentUser currentUser,
      TrajectoryAccess access,
      SupportGrantRepository grants,
      SupportOrganisationRepository organisations) {
    return new ListSupportGrants(currentUser, access, grants, organisations);
  }

  @Produces
  GrantSupportAccess grantSupportAccess(
      CurrentUser currentUser,
      TrajectoryAccess access,
      SupportOrganisationRepository organisations,
      SupportGrantRepository grants,
      IdentityGenerator ids,
      Clock clock) {
    return new GrantSupportAccess(currentUser, access, organisations, grants, ids, clock);
  }

  @Produces
  RevokeSupportAccess revokeSupportAccess(
      CurrentUser currentUser,
      TrajectoryAccess access,
      SupportGrantRepository grants,
      Clock clock) {
    return new RevokeSupportAccess(currentUser, access, grants, clock);
  }

  @Produces
  ListGrantedTrajectories listGrantedTrajectories(
      CurrentUser currentUser,
      SupportGrantRepository grants,
      TrajectoryRepository trajectories,
      ResidentRepository residents,
      AccessLog accessLog,
      Clock clock) {
    return new ListGrantedTrajectories(
        currentUser, grants, trajectories, residents, accessLog, clock);
  }
}
