package nl.redzaam.application.usecase;

import static nl.redzaam.application.usecase.UseCaseFixtures.COACH;
import static nl.redzaam.application.usecase.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.usecase.UseCaseFixtures.OTHER_MUNICIPALITY;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorkerId;
import nl.redzaam.domain.trajectory.Trajectory;

/**
 * Everyone who may relate to the fixtures' trajectory, with the teams and grants that make a
 * stand-in coach and a support worker, set up on the given mocks.
 */
final class TrajectoryActors {

  static final StaffMemberId STAND_IN = new StaffMemberId(UUID.randomUUID());
  static final SupportOrganisationId ORGANISATION = new SupportOrganisationId(UUID.randomUUID());

  private TrajectoryActors() {}

  static void relate(
      Trajectory trajectory, CoachTeamRepository teams, SupportGrantRepository grants) {
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
                SupportGrant.grant(
                    new SupportGrantId(UUID.randomUUID()),
                    trajectory.id(),
                    new nl.redzaam.domain.support.SupportOrganisation(
                        ORGANISATION, MUNICIPALITY, "Humanitas", true, 0),
                    Instant.parse("2026-03-01T10:00:00Z"))));
  }

  static Actor standIn() {
    return new Actor.StaffActor(STAND_IN, MUNICIPALITY, Set.of(StaffRole.COACH));
  }

  static Actor supportWorker() {
    return new Actor.SupportWorkerActor(
        new SupportWorkerId(UUID.randomUUID()), ORGANISATION, MUNICIPALITY);
  }

  static Actor coachElsewhere() {
    return new Actor.StaffActor(COACH, OTHER_MUNICIPALITY, Set.of(StaffRole.COACH));
  }
}
