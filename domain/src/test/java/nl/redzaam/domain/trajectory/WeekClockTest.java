package nl.redzaam.domain.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The week clock answers as the schedule does, on every day from its latest change on. */
class WeekClockTest {

  private static final LocalDate START = LocalDate.of(2026, 3, 2);

  @Test
  void before_coaching_there_is_no_clock() {
    assertTrue(new Schedule(null, null, List.of(), List.of()).clock().isEmpty());
  }

  @Test
  void a_running_schedule_counts_from_the_start() {
    Schedule s = new Schedule(START, null, List.of(), List.of());
    assertEquals(new WeekClock(START, 0, Tempo.NORMAL.unitsPerDay()), s.clock().orElseThrow());
    assertSameWeeks(s);
  }

  @Test
  void a_pause_that_lasts_stands_still_and_one_that_ended_runs_again() {
    Schedule paused = new Schedule(START, null, List.of(), List.of()).pause(START.plusDays(10));
    assertEquals(0, paused.clock().orElseThrow().unitsPerDay());
    assertSameWeeks(paused);
    assertSameWeeks(paused.resume(START.plusDays(25)));
  }

  @Test
  void tempo_changes_and_the_end_of_coaching_follow_the_schedule() {
    Schedule faster =
        new Schedule(START, null, List.of(), List.of())
            .changeTempo(Tempo.FASTER, START.plusDays(9))
            .pause(START.plusDays(20))
            .resume(START.plusDays(23))
            .changeTempo(Tempo.SLOWER, START.plusDays(40));
    assertSameWeeks(faster);
    Schedule ended = faster.pause(START.plusDays(60)).endCoaching(START.plusDays(70));
    assertEquals(0, ended.clock().orElseThrow().unitsPerDay());
    assertSameWeeks(ended);
  }

  @Test
  void before_its_latest_change_the_clock_does_not_answer() {
    WeekClock clock =
        new Schedule(START, null, List.of(), List.of()).pause(START.plusDays(3)).clock().get();
    assertThrows(IllegalArgumentException.class, () -> clock.weekOn(START));
  }

  @Test
  void the_clock_of_a_stored_schedule_is_the_schedules() {
    List<Pause> pauses = List.of(new Pause(START.plusDays(5), START.plusDays(8)));
    List<TempoChange> changes = List.of(new TempoChange(START.plusDays(12), Tempo.FASTER));
    assertEquals(
        new Schedule(START, null, pauses, changes).clock(),
        WeekClock.of(START, null, pauses, changes));
  }

  private static void assertSameWeeks(Schedule schedule) {
    WeekClock clock = schedule.clock().orElseThrow();
    for (LocalDate day = clock.from();
        day.isBefore(clock.from().plusDays(400));
        day = day.plusDays(1)) {
      assertEquals(schedule.weekOn(day), clock.weekOn(day), "week on " + day);
    }
  }
}
