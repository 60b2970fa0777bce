package nl.redzaam.application.trajectory.start;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Step 1: a specialist (or a coach, for the prevention type) selects a resident and starts a
 * trajectory of a type the municipality purchased, on the newest catalogue of that type. A resident
 * new to Redzaam is registered on the way; a resident has at most one running trajectory.
 */
public final class StartTrajectory {

  public record Command(
      String residentFirstName,
      String residentLastName,
      String residentEmail,
      TrajectoryType type,
      Set<StaffMemberId> coaches,
      Set<StaffMemberId> specialists) {
    public Command {
      Objects.requireNonNull(type, "type");
      coaches = Set.copyOf(coaches);
      specialists = Set.copyOf(specialists);
    }
  }

  private final CurrentUser currentUser;
  private final MunicipalityRepository municipalities;
  private final StaffMemberRepository staff;
  private final ResidentRepository residents;
  private final TrajectoryRepository trajectories;
  private final CatalogueRepository catalogues;
  private final IdentityGenerator ids;
  private final Clock clock;
  private final Notifications notifications;
  private final AccessLog accessLog;

  @Inject
  public StartTrajectory(
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
    this.currentUser = currentUser;
    this.municipalities = municipalities;
    this.staff = staff;
    this.residents = residents;
    this.trajectories = trajectories;
    this.catalogues = catalogues;
    this.ids = ids;
    this.clock = clock;
    this.notifications = notifications;
    this.accessLog = accessLog;
  }

  public TrajectoryId execute(Command command) {
    StaffActor actor = TrajectoryAccess.staff(currentUser.actor(), "start a trajectory");
    boolean mayStart =
        actor.holds(StaffRole.SPECIALIST)
            || (!command.type().requiresSpecialist() && actor.holds(StaffRole.COACH));
    if (!mayStart) {
      throw new AccessDenied("Only a specialist starts a trajectory of this type");
    }
    Municipality municipality =
        municipalities
            .find(actor.municipalityId())
            .orElseThrow(() -> new NotFound("No municipality " + actor.municipalityId()));
    municipality.ensureOffers(command.type());
    requireColleagues(command.coaches(), StaffRole.COACH, actor);
    requireColleagues(command.specialists(), StaffRole.SPECIALIST, actor);

    Resident resident = residentFor(command, actor);
    // Starting reads (an existing resident's trajectories) and writes a resident's data.
    accessLog.concerns(resident.id(), null, null);
    require(
        trajectories.ofResident(resident.id()).stream().allMatch(t -> t.stage() == Stage.CLOSED),
        "resident-has-running-trajectory",
        "This resident already has a trajectory that is not closed");
    Catalogue catalogue =
        catalogues
            .currentFor(municipality.id(), command.type())
            .orElseThrow(
                () -> new IllegalStateException("No catalogue published for " + command.type()));
    Trajectory trajectory =
        Trajectory.start(
            new TrajectoryId(ids.newId()),
            municipality.id(),
            resident.id(),
            catalogue,
            command.coaches(),
            command.specialists(),
            actor.staffMemberId(),
            clock.now());
    trajectories.add(trajectory);
    notifications.happened(trajectory.releaseEvents());
    return trajectory.id();
  }

  private void requireColleagues(Set<StaffMemberId> ids, StaffRole role, StaffActor actor) {
    Set<StaffMemberId> unfit =
        ids.stream()
            .filter(
                id ->
                    staff
                        .find(id)
                        .filter(s -> s.municipalityId().equals(actor.municipalityId()))
                        .filter(s -> s.holds(role))
                        .isEmpty())
            .collect(Collectors.toSet());
    require(
        unfit.isEmpty(),
        "unknown-" + role.name().toLowerCase(),
        "Not an active " + role.name().toLowerCase() + " of this municipality: " + unfit);
  }

  private Resident residentFor(Command command, StaffActor actor) {
    EmailAddress email = new EmailAddress(command.residentEmail());
    // Logins are keyed by email address: a staff member's address cannot become a resident's.
    require(
        staff.findByEmail(email).isEmpty(),
        "email-in-use",
        "This email address belongs to an account elsewhere");
    return residents
        .findByEmail(email)
        .map(
            existing -> {
              require(
                  existing.municipalityId().equals(actor.municipalityId()),
                  "email-in-use",
                  "This email address belongs to an account elsewhere");
              return existing;
            })
        .orElseGet(
            () -> {
              Resident created =
                  new Resident(
                      new ResidentId(ids.newId()),
                      actor.municipalityId(),
                      command.residentFirstName(),
                      command.residentLastName(),
                      email,
                      0);
              residents.add(created);
              return created;
            });
  }
}
