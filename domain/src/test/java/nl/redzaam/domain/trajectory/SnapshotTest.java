package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.fixtures.Snapshots.withVersion;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SECOND_COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.redzaam.domain.method.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** snapshot() and restore() carry the complete state, so adapters can store a trajectory. */
class SnapshotTest {

  static Stream<Arguments> trajectoriesAtEveryStage() {
    List<Supplier<Trajectory>> stages =
        List.of(
            TrajectoryFixtures::selected,
            TrajectoryFixtures::preventionSelected,
            TrajectoryFixtures::invited,
            TrajectoryFixtures::activated,
            TrajectoryFixtures::inStartScreening,
            TrajectoryFixtures::inStartConversation,
            TrajectoryFixtures::inCoaching,
            TrajectoryFixtures::inMidEvaluation,
            TrajectoryFixtures::inPartTwo,
            TrajectoryFixtures::inEndScreening,
            TrajectoryFixtures::inFinalEvaluation,
            () -> TrajectoryFixtures.inAftercare(Outcome.CONTINUED_SUPPORT),
            TrajectoryFixtures::closed,
            TrajectoryFixtures::everythingFilledIn);
    return stages.stream().map(Supplier::get).map(t -> Arguments.of(t.stage() + " " + t.type(), t));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trajectoriesAtEveryStage")
  void restoring_a_snapshot_gives_back_the_same_state(String name, Trajectory t) {
    TrajectorySnapshot snapshot = t.snapshot();

    assertEquals(snapshot, Trajectory.restore(snapshot).snapshot());
  }

  @Test
  void the_snapshot_holds_every_part_of_the_state() {
    TrajectorySnapshot s = TrajectoryFixtures.everythingFilledIn().snapshot();

    assertEquals(Stage.CLOSED, s.stage());
    assertEquals(date(120), s.closedOn());
    assertEquals(2, s.coaches().size());
    assertEquals(2, s.screenings().size());
    assertEquals(2, s.evaluations().size());
    assertEquals(2, s.pauses().size());
    assertEquals(2, s.tempoChanges().size());
    assertEquals(5, s.progress().size());
    assertEquals(1, s.progress().stream().filter(AssignmentProgress::hasDraft).count());
    assertEquals(1, s.progress().stream().filter(p -> p.stressReason() != null).count());
    assertEquals(1, s.ownAssignments().size());
    assertEquals(2, s.notes().size());
    assertEquals(2, s.checkIns().size());
    assertEquals(
        new PlannedConversation(date(150).atTime(14, 30), "Bij je thuis"), s.plannedConversation());
    assertEquals(Outcome.INDEPENDENT, s.outcome());
    assertEquals(EarlyStopReason.READY_SOONER, s.earlyStop().reason());
    assertEquals(date(0), s.coachingStartedOn());
    assertEquals(date(60), s.coachingEndedOn());
    assertEquals(day(-20), s.invitedAt());
    assertEquals(day(-19), s.activatedAt());
    assertEquals(day(-21), s.startedAt());
    assertEquals(SPECIALIST, s.startedBy());
  }

  @Test
  void a_restored_trajectory_behaves_like_the_original() {
    Trajectory original = TrajectoryFixtures.inCoaching();
    original.pause(COACH, day(10));
    original.changeTempo(Tempo.SLOWER, COACH, day(12));

    Trajectory restored = Trajectory.restore(original.snapshot());

    assertEquals(original.currentWeek(date(100)), restored.currentWeek(date(100)));
    assertTrue(restored.paused());
    assertEquals(Tempo.SLOWER, restored.tempo());
    restored.resume(COACH, day(20));
    original.resume(COACH, day(20));
    assertEquals(original.currentWeek(date(100)), restored.currentWeek(date(100)));
    assertEquals(original.snapshot(), restored.snapshot());
  }

  @Test
  void a_restored_trajectory_keeps_the_stored_version() {
    TrajectorySnapshot s = TrajectoryFixtures.inCoaching().snapshot();
    TrajectorySnapshot stored = withVersion(s, 7);

    Trajectory restored = Trajectory.restore(stored);

    assertEquals(7, restored.version());
    assertEquals(stored, restored.snapshot());
  }

  @Test
  void a_snapshot_does_not_change_when_the_trajectory_changes_afterwards() {
    Trajectory t = TrajectoryFixtures.inCoaching();
    TrajectorySnapshot before = t.snapshot();
    TrajectorySnapshot copy = Trajectory.restore(before).snapshot();

    t.pause(COACH, day(3));
    t.addCoach(SECOND_COACH);
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(4));
    t.leaveNote(new NoteId(uuid(708)), INCOME_OVERVIEW, "Help", CATALOGUE, day(4));

    assertEquals(copy, before);
    assertNotEquals(before, t.snapshot());
  }

  @Test
  void a_restored_trajectory_does_not_share_state_with_its_snapshot() {
    TrajectorySnapshot snapshot = TrajectoryFixtures.inCoaching().snapshot();
    Trajectory restored = Trajectory.restore(snapshot);

    restored.pause(COACH, day(3));
    restored.addCoach(SECOND_COACH);

    assertEquals(List.of(), snapshot.pauses());
    assertEquals(1, snapshot.coaches().size());
  }
}
