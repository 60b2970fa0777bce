package nl.redzaam.application.usecase;

import static nl.redzaam.application.usecase.UseCaseFixtures.COACH;
import static nl.redzaam.application.usecase.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.usecase.UseCaseFixtures.OTHER_MUNICIPALITY;
import static nl.redzaam.application.usecase.UseCaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorkerId;
import nl.redzaam.domain.trajectory.Trajectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/**
 * Shared set-up for the tests of the daily trajectory work: a trajectory in week 1 of coaching,
 * mocked ports, and every kind of actor (resident, coach, stand-in coach, specialist, support
 * worker, someone of another municipality).
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
abstract class TrajectoryWorkTest {

  static final StaffMemberId STAND_IN = new StaffMemberId(UUID.randomUUID());
  static final SupportOrganisationId ORGANISATION = new SupportOrganisationId(UUID.randomUUID());

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock CatalogueRepository catalogues;
  @Mock Notifications notifications;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;

  final Clock clock = () -> START.plusSeconds(3600);
  private final AtomicLong lastId = new AtomicLong();
  final IdentityGenerator ids = () -> new UUID(0, lastId.incrementAndGet());
  Catalogue catalogue;
  Trajectory trajectory;
  TrajectoryAccess access;

  @BeforeEach
  void setUpTrajectory() {
    catalogue = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
    trajectory = UseCaseFixtures.trajectoryInCoaching(catalogue);
    when(trajectories.find(trajectory.id())).thenReturn(Optional.of(trajectory));
    when(catalogues.find(catalogue.id())).thenReturn(Optional.of(catalogue));
    when(teams.withMember(STAND_IN))
        .thenReturn(
            List.of(
                new CoachTeam(
                    new CoachTeamId(UUID.randomUUID()),
                    MUNICIPALITY,
                    "Team Noord",
                    Set.of(COACH, STAND_IN),
                    0)));
    when(grants.ofTrajectory(trajectory.id()))
        .thenReturn(
            List.of(
                new SupportGrant(
                    new SupportGrantId(UUID.randomUUID()),
                    trajectory.id(),
                    ORGANISATION,
                    Instant.parse("2026-03-01T10:00:00Z"),
                    null,
                    0)));
    access = new TrajectoryAccess(trajectories, teams, grants, accessLog);
  }

  /** How the use cases under test change the trajectory: through the mocked ports above. */
  TrajectoryChanges changes() {
    return new TrajectoryChanges(
        currentUser, access, trajectories, catalogues, clock, notifications);
  }

  void actingAs(Actor actor) {
    when(currentUser.actor()).thenReturn(actor);
  }

  static Actor resident() {
    return UseCaseFixtures.resident();
  }

  static Actor coach() {
    return UseCaseFixtures.coach();
  }

  static Actor standIn() {
    return new Actor.StaffActor(STAND_IN, MUNICIPALITY, Set.of(StaffRole.COACH));
  }

  static Actor specialist() {
    return UseCaseFixtures.specialist();
  }

  static Actor supportWorker() {
    return new Actor.SupportWorkerActor(
        new SupportWorkerId(UUID.randomUUID()), ORGANISATION, MUNICIPALITY);
  }

  static Actor coachOfAnotherMunicipality() {
    return new Actor.StaffActor(COACH, OTHER_MUNICIPALITY, Set.of(StaffRole.COACH));
  }

  /** The actor is refused with 403 and nothing is stored. */
  void assertForbidden(Actor actor, Executable action) {
    clearInvocations(trajectories);
    actingAs(actor);
    assertThrows(AccessDenied.class, action);
    verify(trajectories, never()).update(any());
  }

  /** The actor is told the trajectory does not exist and nothing is stored. */
  void assertNotFound(Actor actor, Executable action) {
    clearInvocations(trajectories);
    actingAs(actor);
    assertThrows(NotFound.class, action);
    verify(trajectories, never()).update(any());
  }
}
