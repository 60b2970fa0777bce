package nl.redzaam.application.usecase;

import static nl.redzaam.application.usecase.UseCaseFixtures.COACH;
import static nl.redzaam.application.usecase.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.usecase.UseCaseFixtures.OTHER_MUNICIPALITY;
import static nl.redzaam.application.usecase.UseCaseFixtures.RESIDENT;
import static nl.redzaam.application.usecase.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.usecase.UseCaseFixtures.START;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorkerId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Trajectories at the later stages of the method, and every kind of person that can relate to one:
 * for the tests of evaluations, screenings, aftercare and the specialist's work list.
 */
final class LifeStages {

  static final StaffMemberId STAND_IN = new StaffMemberId(UUID.randomUUID());
  static final SupportOrganisationId ORGANISATION = new SupportOrganisationId(UUID.randomUUID());

  private static final long DAY = 86400;

  private LifeStages() {}

  static Instant day(long days) {
    return START.plusSeconds(DAY * days);
  }

  /** Activated, before the start screening and start conversation. */
  static Trajectory activated(Catalogue catalogue) {
    Trajectory t =
        Trajectory.start(
            new TrajectoryId(UUID.randomUUID()),
            MUNICIPALITY,
            RESIDENT,
            catalogue,
            Set.of(COACH),
            catalogue.id().type().requiresSpecialist() ? Set.of(SPECIALIST) : Set.of(),
            COACH,
            day(-5));
    t.invite(day(-4));
    t.activate(day(-3));
    return Trajectory.restore(t.snapshot());
  }

  /** Coaching part two: the mid evaluation concluded in week 18. */
  static Trajectory inPartTwo(Catalogue catalogue) {
    Trajectory t = UseCaseFixtures.trajectoryInCoaching(catalogue);
    t.openEvaluation(EvaluationKind.MID, catalogue, COACH, day(7 * 17));
    t.concludeEvaluation(EvaluationKind.MID, "Op de helft.", COACH, day(7 * 17));
    return Trajectory.restore(t.snapshot());
  }

  /** The final evaluation is open. */
  static Trajectory inFinalEvaluation(Catalogue catalogue) {
    Trajectory t = inPartTwo(catalogue);
    t.openEvaluation(EvaluationKind.FINAL, catalogue, COACH, day(7 * 26));
    return Trajectory.restore(t.snapshot());
  }

  /** Aftercare after outcome 11A. */
  static Trajectory inAftercare(Catalogue catalogue) {
    Trajectory t = inFinalEvaluation(catalogue);
    t.concludeFinalEvaluation("Zelfstandig verder.", Outcome.INDEPENDENT, COACH, day(7 * 26));
    return Trajectory.restore(t.snapshot());
  }

  /** Lets {@link #standIn()} stand in for the coach and {@link #supportWorker()} read. */
  static void relate(CoachTeamRepository teams, SupportGrantRepository grants, TrajectoryId id) {
    when(teams.withMember(STAND_IN))
        .thenReturn(
            List.of(
                new CoachTeam(
                    new CoachTeamId(UUID.randomUUID()),
                    MUNICIPALITY,
                    "Team Zuid",
                    Set.of(COACH, STAND_IN),
                    0)));
    when(grants.ofTrajectory(id))
        .thenReturn(
            List.of(
                new SupportGrant(
                    new SupportGrantId(UUID.randomUUID()), id, ORGANISATION, day(-2), null, 0)));
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

  /** The trajectory's coach who is its specialist as well. */
  static Actor coachAndSpecialist() {
    return new Actor.StaffActor(COACH, MUNICIPALITY, Set.of(StaffRole.COACH, StaffRole.SPECIALIST));
  }
}
