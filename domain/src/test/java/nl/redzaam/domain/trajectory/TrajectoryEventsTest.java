package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.eventNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import nl.redzaam.domain.shared.DomainEvent;
import org.junit.jupiter.api.Test;

/** Domain events: named in the past tense, immutable, each released once. */
class TrajectoryEventsTest {

  /** A verb in the past tense, maybe followed by an adverb: NoteLeft, TrajectoryStoppedEarly. */
  private static final String PAST_TENSE = "[A-Z][A-Za-z]*(ed|Left|Held)(Early)?";

  @Test
  void every_event_is_an_immutable_record_named_in_the_past_tense() {
    for (Class<?> kind : TrajectoryEvent.class.getPermittedSubclasses()) {
      assertTrue(kind.isRecord(), kind.getSimpleName() + " is a record");
      assertTrue(
          kind.getSimpleName().matches(PAST_TENSE),
          kind.getSimpleName() + " is named in the past tense");
      assertTrue(DomainEvent.class.isAssignableFrom(kind));
    }
  }

  /**
   * Every kind but {@code GrowthPlanChanged}, which the growth plan records: it is an aggregate of
   * its own, whose event listeners know under its trajectory (see {@code GrowthPlanTest}).
   */
  @Test
  void every_kind_of_event_is_recorded_by_some_change() {
    List<String> kinds =
        Arrays.stream(TrajectoryEvent.class.getPermittedSubclasses())
            .filter(kind -> kind != TrajectoryEvent.GrowthPlanChanged.class)
            .map(Class::getSimpleName)
            .sorted()
            .toList();

    List<TrajectoryEvent> events = TrajectoryFixtures.storyOfEveryKind().releaseEvents();

    assertEquals(kinds, eventNames(events).stream().distinct().sorted().toList());
    assertTrue(events.stream().allMatch(e -> e.trajectoryId().equals(TRAJECTORY)));
  }

  @Test
  void releasing_hands_out_the_events_in_order_and_only_once() {
    Trajectory t = TrajectoryFixtures.inCoaching();
    t.pause(COACH, day(3));
    t.changeTempo(Tempo.FASTER, COACH, day(4));
    t.resume(COACH, day(5));

    List<TrajectoryEvent> events = t.releaseEvents();

    assertEquals(
        List.of("TrajectoryPaused", "TempoChanged", "TrajectoryResumed"), eventNames(events));
    assertEquals(
        List.of(day(3), day(4), day(5)), events.stream().map(DomainEvent::occurredAt).toList());
    assertEquals(List.of(), t.releaseEvents());
    assertThrows(UnsupportedOperationException.class, () -> events.remove(0));
  }

  @Test
  void a_restored_trajectory_has_recorded_nothing_yet() {
    Trajectory t = TrajectoryFixtures.storyOfEveryKind();

    assertEquals(List.of(), Trajectory.restore(t.snapshot()).releaseEvents());
  }
}
