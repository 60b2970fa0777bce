package nl.redzaam.application.trajectory;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.OTHER_MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.RESIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.ResidentId;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class TrajectoryAccessTest {

  private static final StaffMemberId COLLEAGUE = new StaffMemberId(UUID.randomUUID());
  private static final SupportOrganisationId ORGANISATION =
      new SupportOrganisationId(UUID.randomUUID());

  @Mock TrajectoryRepository trajectories;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;

  private Trajectory trajectory;
  private TrajectoryAccess access;

  @BeforeEach
  void setUp() {
    trajectory =
        UseCaseFixtures.trajectoryInCoaching(
            UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE));
    when(trajectories.find(trajectory.id())).thenReturn(Optional.of(trajectory));
    access = new TrajectoryAccess(trajectories, teams, grants, accessLog);
  }

  @Test
  void the_resident_views_their_own_trajectory_and_the_access_is_logged() {
    Trajectory loaded =
        access.require(UseCaseFixtures.resident(), TrajectoryPermission.VIEW, trajectory.id());

    assertSame(trajectory, loaded);
    verify(accessLog).concerns(RESIDENT, trajectory.id(), null);
  }

  @Test
  void another_resident_of_the_same_municipality_finds_nothing_and_nothing_is_logged() {
    Actor stranger = new Actor.ResidentActor(new ResidentId(UUID.randomUUID()), MUNICIPALITY);

    assertThrows(
        NotFound.class, () -> access.require(stranger, TrajectoryPermission.VIEW, trajectory.id()));
    verify(accessLog, never()).concerns(any(), any(), any());
  }

  @Test
  void a_coach_of_another_municipality_finds_nothing() {
    Actor elsewhere = new Actor.StaffActor(COACH, OTHER_MUNICIPALITY, Set.of(StaffRole.COACH));

    assertThrows(
        NotFound.class,
        () -> access.require(elsewhere, TrajectoryPermission.VIEW, trajectory.id()));
  }

  @Test
  void a_participant_without_the_permission_is_refused_and_the_attempt_is_logged() {
    assertThrows(
        AccessDenied.class,
        () ->
            access.require(
                UseCaseFixtures.resident(), TrajectoryPermission.REVIEW_ANSWERS, trajectory.id()));
    verify(accessLog).concerns(RESIDENT, trajectory.id(), null);
  }

  @Test
  void a_coach_in_a_team_with_the_trajectorys_coach_stands_in_and_may_review() {
    Actor colleague = new Actor.StaffActor(COLLEAGUE, MUNICIPALITY, Set.of(StaffRole.COACH));
    when(teams.withMember(COLLEAGUE))
        .thenReturn(
            List.of(
                new CoachTeam(
                    new CoachTeamId(UUID.randomUUID()),
                    MUNICIPALITY,
                    "Team Noord",
                    Set.of(COACH, COLLEAGUE),
                    0)));

    assertEquals(Set.of(Relation.STAND_IN_COACH), access.relations(colleague, trajectory));
    Trajectory loaded =
        access.require(colleague, TrajectoryPermission.REVIEW_ANSWERS, trajectory.id());
    assertSame(trajectory, loaded);
    verify(accessLog).concerns(RESIDENT, trajectory.id(), "coaches:" + COACH);
  }

  @Test
  void a_coach_outside_the_team_finds_nothing() {
    Actor outsider = new Actor.StaffActor(COLLEAGUE, MUNICIPALITY, Set.of(StaffRole.COACH));

    assertThrows(
        NotFound.class, () -> access.require(outsider, TrajectoryPermission.VIEW, trajectory.id()));
  }

  @Test
  void a_support_worker_reads_only_while_the_grant_is_active() {
    Actor worker =
        new Actor.SupportWorkerActor(
            new SupportWorkerId(UUID.randomUUID()), ORGANISATION, MUNICIPALITY);
    SupportGrant grant =
        new SupportGrant(
            new SupportGrantId(UUID.randomUUID()),
            trajectory.id(),
            ORGANISATION,
            Instant.parse("2026-03-01T10:00:00Z"),
            null,
            0);
    when(grants.ofTrajectory(trajectory.id())).thenReturn(List.of(grant));

    assertSame(trajectory, access.require(worker, TrajectoryPermission.VIEW, trajectory.id()));
    assertThrows(
        AccessDenied.class,
        () -> access.require(worker, TrajectoryPermission.WRITE_NOTES, trajectory.id()));

    grant.revoke(Instant.parse("2026-03-05T10:00:00Z"));
    assertThrows(
        NotFound.class, () -> access.require(worker, TrajectoryPermission.VIEW, trajectory.id()));
  }

  @Test
  void a_coach_who_lost_the_coach_role_no_longer_counts_as_coach() {
    Actor former = new Actor.StaffActor(COACH, MUNICIPALITY, Set.of(StaffRole.ADMINISTRATOR));

    assertThrows(
        NotFound.class, () -> access.require(former, TrajectoryPermission.VIEW, trajectory.id()));
  }

  @Test
  void an_administrator_gets_the_final_report_of_the_municipality_and_nothing_else() {
    Actor administrator =
        new Actor.StaffActor(COLLEAGUE, MUNICIPALITY, Set.of(StaffRole.ADMINISTRATOR));

    assertSame(
        trajectory,
        access.require(administrator, TrajectoryPermission.DOWNLOAD_FINAL_REPORT, trajectory.id()));
    verify(accessLog).concerns(RESIDENT, trajectory.id(), null);
    assertThrows(
        NotFound.class,
        () -> access.require(administrator, TrajectoryPermission.VIEW, trajectory.id()));
    assertThrows(
        NotFound.class,
        () ->
            access.require(
                administrator, TrajectoryPermission.WRITE_COURT_ADVICE, trajectory.id()));
    assertEquals(Set.of(), access.relations(administrator, trajectory));

    Actor elsewhere =
        new Actor.StaffActor(COLLEAGUE, OTHER_MUNICIPALITY, Set.of(StaffRole.ADMINISTRATOR));
    assertThrows(
        NotFound.class,
        () ->
            access.require(elsewhere, TrajectoryPermission.DOWNLOAD_FINAL_REPORT, trajectory.id()));
  }

  @Test
  void a_resident_may_not_download_the_final_report() {
    assertThrows(
        AccessDenied.class,
        () ->
            access.require(
                UseCaseFixtures.resident(),
                TrajectoryPermission.DOWNLOAD_FINAL_REPORT,
                trajectory.id()));
  }
}
