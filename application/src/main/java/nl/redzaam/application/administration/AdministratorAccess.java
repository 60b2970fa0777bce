package nl.redzaam.application.administration;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;

/**
 * The one place that decides who may administer a municipality: only a staff member holding the
 * administrator role (403 for anyone else), and only the objects of their own municipality. Objects
 * of another municipality look exactly like objects that do not exist (404).
 */
public final class AdministratorAccess {

  private final StaffMemberRepository staff;
  private final CoachTeamRepository teams;
  private final SupportOrganisationRepository organisations;
  private final SupportWorkerRepository workers;
  private final MunicipalityRepository municipalities;

  @Inject
  public AdministratorAccess(
      StaffMemberRepository staff,
      CoachTeamRepository teams,
      SupportOrganisationRepository organisations,
      SupportWorkerRepository workers,
      MunicipalityRepository municipalities) {
    this.municipalities = municipalities;
    this.staff = staff;
    this.teams = teams;
    this.organisations = organisations;
    this.workers = workers;
  }

  /**
   * @throws AccessDenied unless the actor is an administrator
   */
  public StaffActor require(Actor actor) {
    if (actor instanceof StaffActor member && member.holds(StaffRole.ADMINISTRATOR)) {
      return member;
    }
    throw new AccessDenied("Only an administrator of the municipality may do this");
  }

  /**
   * The administrator's own municipality, to change it.
   *
   * @throws StaleVersion when it changed since the caller read {@code expectedVersion}
   */
  public Municipality ownMunicipality(StaffActor administrator, long expectedVersion) {
    Municipality municipality =
        municipalities
            .find(administrator.municipalityId())
            .orElseThrow(() -> new NotFound("No municipality " + administrator.municipalityId()));
    StaleVersion.require(expectedVersion, municipality.version(), "The municipality");
    return municipality;
  }

  public StaffMember staffMember(StaffActor administrator, StaffMemberId id) {
    return own(staff.find(id), StaffMember::municipalityId, administrator, "No staff member " + id);
  }

  public CoachTeam team(StaffActor administrator, CoachTeamId id) {
    return own(teams.find(id), CoachTeam::municipalityId, administrator, "No coach team " + id);
  }

  public SupportOrganisation organisation(StaffActor administrator, SupportOrganisationId id) {
    return own(
        organisations.find(id),
        SupportOrganisation::municipalityId,
        administrator,
        "No support organisation " + id);
  }

  public SupportWorker worker(StaffActor administrator, SupportWorkerId id) {
    return own(
        workers.find(id), SupportWorker::municipalityId, administrator, "No support worker " + id);
  }

  /** Fails unless the id is an active coach of the administrator's municipality. */
  public void requireCoach(StaffActor administrator, StaffMemberId id) {
    RuleViolation.require(
        staff
            .find(id)
            .filter(s -> s.municipalityId().equals(administrator.municipalityId()))
            .filter(s -> s.holds(StaffRole.COACH))
            .isPresent(),
        "unknown-coach",
        "Not an active coach of this municipality: " + id);
  }

  /**
   * Fails when this member is the municipality's last active administrator: without one, nobody
   * could manage staff any more.
   */
  public void requireAnotherAdministratorThan(StaffMember member) {
    boolean last =
        member.holds(StaffRole.ADMINISTRATOR)
            && staff.ofMunicipality(member.municipalityId()).stream()
                .filter(other -> !other.id().equals(member.id()))
                .noneMatch(other -> other.holds(StaffRole.ADMINISTRATOR));
    RuleViolation.require(
        !last,
        "last-administrator",
        "The municipality needs at least one active administrator; appoint another one first");
  }

  private static <T> T own(
      Optional<T> found,
      Function<T, MunicipalityId> municipalityOf,
      StaffActor administrator,
      String notFound) {
    return found
        .filter(object -> municipalityOf.apply(object).equals(administrator.municipalityId()))
        .orElseThrow(() -> new NotFound(notFound));
  }
}
