package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.MUNICIPALITY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.PREVENTION_CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.RESIDENT;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SECOND_COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.STRANGER;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.preventionSelected;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.selected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.TrajectoryEvent.TrajectoryStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Step 1 and the people around a trajectory: coaches and specialists. */
class StartingATrajectoryTest {

  private static Trajectory start(
      Catalogue catalogue,
      Set<StaffMemberId> coaches,
      Set<StaffMemberId> specialists,
      StaffMemberId startedBy) {
    return Trajectory.start(
        TRAJECTORY, MUNICIPALITY, RESIDENT, catalogue, coaches, specialists, startedBy, day(0));
  }

  @Test
  void a_new_trajectory_is_selected_on_the_catalogue_it_started_on() {
    Trajectory t = start(CATALOGUE, Set.of(COACH), Set.of(SPECIALIST), SPECIALIST);

    assertEquals(Stage.SELECTED, t.stage());
    assertEquals(TrajectoryType.DEBT_ASSISTANCE, t.type());
    assertEquals(CATALOGUE.id(), t.catalogueId());
    assertEquals(MUNICIPALITY, t.municipalityId());
    assertEquals(RESIDENT, t.residentId());
    assertEquals(Set.of(COACH), t.coaches());
    assertEquals(Set.of(SPECIALIST), t.specialists());
    assertEquals(Trajectory.DEFAULT_MID_EVALUATION_WEEK, t.midEvaluationWeek());
    assertEquals(18, t.midEvaluationWeek());
    assertEquals(Tempo.NORMAL, t.tempo());
    assertFalse(t.paused());
    assertEquals(Optional.empty(), t.outcome());
    assertEquals(Optional.empty(), t.earlyStop());
    assertEquals(0, t.version());
  }

  @Test
  void starting_records_that_the_trajectory_started() {
    Trajectory t = start(CATALOGUE, Set.of(COACH), Set.of(SPECIALIST), SPECIALIST);

    assertEquals(
        List.of(new TrajectoryStarted(TRAJECTORY, RESIDENT, SPECIALIST, day(0))),
        t.releaseEvents());
  }

  @Test
  void a_trajectory_needs_at_least_one_coach() {
    assertViolates(
        "coach-required", () -> start(CATALOGUE, Set.of(), Set.of(SPECIALIST), SPECIALIST));
  }

  @ParameterizedTest
  @EnumSource(
      value = TrajectoryType.class,
      names = {"DEBT_ASSISTANCE", "BUDGET_MANAGEMENT", "PROTECTIVE_ADMINISTRATION"})
  void every_type_but_prevention_needs_a_specialist(TrajectoryType type) {
    Catalogue catalogue = TrajectoryFixtures.catalogue(type, 1);

    assertViolates("specialist-required", () -> start(catalogue, Set.of(COACH), Set.of(), COACH));
  }

  @Test
  void a_trajectory_of_the_prevention_type_needs_no_specialist() {
    Trajectory t = start(PREVENTION_CATALOGUE, Set.of(COACH), Set.of(), COACH);

    assertEquals(TrajectoryType.FINANCIAL_SUPPORT, t.type());
    assertTrue(t.specialists().isEmpty());
  }

  @Test
  void whoever_starts_a_trajectory_takes_part_in_it() {
    assertViolates(
        "starter-takes-part", () -> start(CATALOGUE, Set.of(COACH), Set.of(SPECIALIST), STRANGER));
  }

  @Test
  void a_coach_may_start_a_trajectory_too() {
    Trajectory t = start(CATALOGUE, Set.of(COACH), Set.of(SPECIALIST), COACH);

    assertEquals(Stage.SELECTED, t.stage());
  }

  @Test
  void a_specialist_can_also_be_the_coach() {
    Trajectory t = start(CATALOGUE, Set.of(SPECIALIST), Set.of(SPECIALIST), SPECIALIST);

    assertTrue(t.isCoach(SPECIALIST));
    assertTrue(t.isSpecialist(SPECIALIST));
  }

  @Test
  void a_colleague_can_join_as_coach_and_the_first_coach_can_then_leave() {
    Trajectory t = inCoaching();

    t.addCoach(SECOND_COACH);
    t.removeCoach(COACH);

    assertEquals(Set.of(SECOND_COACH), t.coaches());
    assertFalse(t.isCoach(COACH));
  }

  @Test
  void the_last_coach_cannot_be_removed() {
    Trajectory t = inCoaching();

    assertRefused(t, "coach-required", () -> t.removeCoach(COACH));
  }

  @Test
  void removing_someone_who_is_not_a_coach_changes_nothing() {
    Trajectory t = inCoaching();

    t.removeCoach(STRANGER);

    assertEquals(Set.of(COACH), t.coaches());
  }

  @Test
  void a_second_specialist_can_join_and_the_first_can_then_leave() {
    Trajectory t = inCoaching();

    t.addSpecialist(STRANGER);
    t.removeSpecialist(SPECIALIST);

    assertEquals(Set.of(STRANGER), t.specialists());
  }

  @Test
  void the_last_specialist_of_a_type_that_needs_one_cannot_be_removed() {
    Trajectory t = inCoaching();

    assertRefused(t, "specialist-required", () -> t.removeSpecialist(SPECIALIST));
  }

  @Test
  void the_last_specialist_of_a_prevention_trajectory_can_be_removed() {
    Trajectory t = preventionSelected();
    t.addSpecialist(SPECIALIST);

    t.removeSpecialist(SPECIALIST);

    assertTrue(t.specialists().isEmpty());
  }

  @Test
  void the_people_given_at_the_start_are_copied_not_shared() {
    Set<StaffMemberId> coaches = new java.util.HashSet<>(Set.of(COACH));
    Trajectory t =
        Trajectory.start(
            TRAJECTORY,
            MUNICIPALITY,
            RESIDENT,
            CATALOGUE,
            coaches,
            Set.of(SPECIALIST),
            SPECIALIST,
            day(0));

    coaches.add(STRANGER);

    assertEquals(Set.of(COACH), t.coaches());
    assertFalse(selected().isCoach(STRANGER));
  }
}
