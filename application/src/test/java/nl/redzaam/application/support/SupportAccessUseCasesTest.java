package nl.redzaam.application.support;

import static nl.redzaam.application.fixtures.InMemoryAdministration.MUNICIPALITY;
import static nl.redzaam.application.fixtures.InMemoryAdministration.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.trajectory.ReadTrajectory;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportWorkerId;
import nl.redzaam.domain.trajectory.Trajectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resident's side of support access (grant, revoke) and the support worker's side (read). */
class SupportAccessUseCasesTest {

  private final InMemoryAdministration memory = new InMemoryAdministration();
  private Trajectory trajectory;
  private SupportOrganisation humanitas;
  private SupportOrganisation unverified;
  private Actor humanitasWorker;

  private final ListAvailableSupportOrganisations available =
      new ListAvailableSupportOrganisations(
          memory.currentUser, memory.trajectoryAccess, memory.organisations);
  private final ListSupportGrants listGrants =
      new ListSupportGrants(
          memory.currentUser, memory.trajectoryAccess, memory.grants, memory.organisations);
  private final GrantSupportAccess grant =
      new GrantSupportAccess(
          memory.currentUser,
          memory.trajectoryAccess,
          memory.organisations,
          memory.grants,
          memory.ids,
          memory.clock);
  private final RevokeSupportAccess revoke =
      new RevokeSupportAccess(
          memory.currentUser, memory.trajectoryAccess, memory.grants, memory.clock);
  private final ListGrantedTrajectories granted =
      new ListGrantedTrajectories(
          memory.currentUser,
          memory.grants,
          memory.trajectories,
          memory.residents,
          memory.accessLog,
          memory.clock);
  private final ReadTrajectory readTrajectory =
      new ReadTrajectory(memory.currentUser, memory.trajectoryAccess, memory.clock);

  @BeforeEach
  void setUp() {
    trajectory =
        UseCaseFixtures.trajectoryInCoaching(
            UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE));
    memory.trajectories.add(trajectory);
    memory.residents.add(
        new Resident(
            UseCaseFixtures.RESIDENT,
            MUNICIPALITY,
            "Lisa",
            "Bakker",
            new EmailAddress("lisa@example.org"),
            0));
    humanitas = memory.organisation(MUNICIPALITY, "Humanitas", true);
    unverified = memory.organisation(MUNICIPALITY, "Buurtclub", false);
    humanitasWorker =
        new Actor.SupportWorkerActor(
            new SupportWorkerId(UUID.randomUUID()), humanitas.id(), MUNICIPALITY);
    memory.actor = UseCaseFixtures.resident();
  }

  private SupportGrant grantHumanitas() {
    return grant.execute(new GrantSupportAccess.Command(trajectory.id(), humanitas.id())).grant();
  }

  private ListGrantedTrajectories.Query firstPage() {
    return new ListGrantedTrajectories.Query(PageRequest.FIRST);
  }

  @Test
  void the_resident_chooses_from_the_verified_organisations_of_the_municipality() {
    memory.organisation(OTHER, "Elders Hulp", true);
    memory.organisation(MUNICIPALITY, "Armoedefonds", true);

    var page =
        available.execute(
            new ListAvailableSupportOrganisations.Query(trajectory.id(), PageRequest.FIRST));

    assertEquals(
        List.of("Armoedefonds", "Humanitas"),
        page.items().stream().map(SupportOrganisation::name).toList());
  }

  @Test
  void the_resident_grants_access_and_sees_the_grant() {
    SupportGrant given = grantHumanitas();

    assertTrue(memory.grantStore.get(given.id()).active());
    var grants =
        listGrants.execute(new ListSupportGrants.Query(trajectory.id(), PageRequest.FIRST));
    assertEquals(1, grants.totalItems());
    assertEquals("Humanitas", grants.items().get(0).organisationName());
    assertEquals(given.id(), grants.items().get(0).grant().id());
  }

  @Test
  void an_unverified_or_foreign_organisation_cannot_be_granted_access() {
    SupportOrganisation elsewhere = memory.organisation(OTHER, "Elders Hulp", true);

    RuleViolation notVerified =
        assertThrows(
            RuleViolation.class,
            () -> grant.execute(new GrantSupportAccess.Command(trajectory.id(), unverified.id())));
    RuleViolation foreign =
        assertThrows(
            RuleViolation.class,
            () -> grant.execute(new GrantSupportAccess.Command(trajectory.id(), elsewhere.id())));

    assertEquals("organisation-not-verified", notVerified.rule());
    assertEquals("unknown-support-organisation", foreign.rule());
    assertTrue(memory.grantStore.isEmpty());
  }

  @Test
  void granting_twice_is_a_conflict() {
    grantHumanitas();

    RuleViolation again = assertThrows(RuleViolation.class, this::grantHumanitas);

    assertEquals("support-already-granted", again.rule());
    assertEquals(1, memory.grantStore.size());
  }

  @Test
  void after_a_revoke_access_can_be_granted_anew() {
    SupportGrant first = grantHumanitas();
    revoke.execute(new RevokeSupportAccess.Command(trajectory.id(), first.id()));

    SupportGrant second = grantHumanitas();

    assertTrue(second.active());
    assertFalse(memory.grantStore.get(first.id()).active());
  }

  @Test
  void revoking_twice_is_a_conflict() {
    SupportGrant given = grantHumanitas();
    revoke.execute(new RevokeSupportAccess.Command(trajectory.id(), given.id()));

    RuleViolation again =
        assertThrows(
            RuleViolation.class,
            () -> revoke.execute(new RevokeSupportAccess.Command(trajectory.id(), given.id())));

    assertEquals("grant-already-revoked", again.rule());
  }

  @Test
  void a_grant_of_another_trajectory_is_not_found() {
    assertThrows(
        NotFound.class,
        () ->
            revoke.execute(
                new RevokeSupportAccess.Command(
                    trajectory.id(), new SupportGrantId(UUID.randomUUID()))));
  }

  @Test
  void only_the_resident_manages_support_access() {
    grantHumanitas();

    memory.actor = UseCaseFixtures.coach();
    assertThrows(AccessDenied.class, this::grantHumanitas);
    memory.actor = humanitasWorker;
    assertThrows(
        AccessDenied.class,
        () -> listGrants.execute(new ListSupportGrants.Query(trajectory.id(), PageRequest.FIRST)));
    memory.actor = new Actor.ResidentActor(new ResidentId(UUID.randomUUID()), MUNICIPALITY);
    assertThrows(NotFound.class, this::grantHumanitas);
    memory.actor = new Actor.ResidentActor(UseCaseFixtures.RESIDENT, OTHER);
    assertThrows(NotFound.class, this::grantHumanitas);
    assertEquals(1, memory.grantStore.size());
  }

  @Test
  void a_support_worker_lists_and_reads_only_granted_trajectories() {
    SupportOrganisation maatje = memory.organisation(MUNICIPALITY, "SchuldHulpMaatje", true);
    grantHumanitas();
    memory.actor = humanitasWorker;

    var list = granted.execute(firstPage());

    assertEquals(1, list.totalItems());
    var entry = list.items().get(0);
    assertEquals(trajectory.id(), entry.trajectoryId());
    assertEquals("Lisa Bakker", entry.residentName());
    assertEquals(trajectory.stage(), entry.stage());
    assertEquals(TrajectoryType.DEBT_ASSISTANCE, entry.type());
    assertEquals(
        trajectory.id(),
        readTrajectory.execute(new ReadTrajectory.Query(trajectory.id())).trajectory().id());
    assertTrue(
        memory.accessLogged.contains(
            UseCaseFixtures.RESIDENT
                + " "
                + trajectory.id()
                + " support-organisation:"
                + humanitas.id()));

    memory.actor =
        new Actor.SupportWorkerActor(
            new SupportWorkerId(UUID.randomUUID()), maatje.id(), MUNICIPALITY);
    assertEquals(0, granted.execute(firstPage()).totalItems());
    assertThrows(
        NotFound.class, () -> readTrajectory.execute(new ReadTrajectory.Query(trajectory.id())));
  }

  @Test
  void a_support_worker_only_reads() {
    grantHumanitas();
    memory.actor = humanitasWorker;

    for (TrajectoryPermission change :
        List.of(
            TrajectoryPermission.ANSWER_ASSIGNMENTS,
            TrajectoryPermission.REVIEW_ANSWERS,
            TrajectoryPermission.WRITE_NOTES,
            TrajectoryPermission.MANAGE_SUPPORT_ACCESS)) {
      assertThrows(
          AccessDenied.class,
          () -> memory.trajectoryAccess.require(humanitasWorker, change, trajectory.id()));
    }
  }

  @Test
  void a_revoke_takes_effect_on_the_very_next_request() {
    SupportGrant given = grantHumanitas();
    memory.actor = humanitasWorker;
    assertEquals(1, granted.execute(firstPage()).totalItems());

    memory.actor = UseCaseFixtures.resident();
    revoke.execute(new RevokeSupportAccess.Command(trajectory.id(), given.id()));

    memory.actor = humanitasWorker;
    assertEquals(0, granted.execute(firstPage()).totalItems());
    assertThrows(
        NotFound.class, () -> readTrajectory.execute(new ReadTrajectory.Query(trajectory.id())));
  }

  @Test
  void only_support_workers_have_granted_trajectories() {
    grantHumanitas();
    memory.actor = UseCaseFixtures.coach();

    assertThrows(AccessDenied.class, () -> granted.execute(firstPage()));
  }

  @Test
  void an_administrator_does_not_see_trajectories_by_virtue_of_the_role() {
    memory.actAs(memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR));

    assertThrows(
        NotFound.class, () -> readTrajectory.execute(new ReadTrajectory.Query(trajectory.id())));
    assertThrows(
        NotFound.class,
        () -> listGrants.execute(new ListSupportGrants.Query(trajectory.id(), PageRequest.FIRST)));
  }
}
