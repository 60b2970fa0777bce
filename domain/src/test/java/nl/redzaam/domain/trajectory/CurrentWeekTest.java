package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inPartTwo;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.selected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.redzaam.domain.method.EvaluationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The current week is never stored: it follows from the day the start conversation concluded, the
 * pauses and the tempo changes, and it stands still once coaching ends.
 */
class CurrentWeekTest {

  @Test
  void the_week_is_zero_before_coaching_starts() {
    assertEquals(0, selected().currentWeek(date(0)));
    assertEquals(0, activated().currentWeek(date(100)));
    assertEquals(0, inStartConversation().currentWeek(date(100)));
    assertEquals(0, inCoaching().currentWeek(date(-1)));
  }

  @Test
  void week_one_begins_on_the_day_the_start_conversation_concludes() {
    Trajectory t = inCoaching();

    assertEquals(1, t.currentWeek(date(0)));
    assertEquals(1, t.currentWeek(date(6)));
  }

  @ParameterizedTest(name = "day {0} is in week {1}")
  @CsvSource({"0,1", "6,1", "7,2", "13,2", "14,3", "119,18", "175,26", "364,53"})
  void at_normal_tempo_a_week_takes_seven_days(int day, int week) {
    assertEquals(week, inCoaching().currentWeek(date(day)));
  }

  @Test
  void the_start_day_is_the_dutch_calendar_day_of_the_conclusion() {
    Trajectory t = inStartConversation();
    // 23:30 UTC on 2 March is 00:30 on 3 March in Amsterdam.
    t.concludeEvaluation(
        EvaluationKind.START, "Begonnen.", COACH, Instant.parse("2025-03-02T23:30:00Z"));

    assertEquals(LocalDate.of(2025, 3, 3), t.snapshot().coachingStartedOn());
    assertEquals(0, t.currentWeek(LocalDate.of(2025, 3, 2)));
    assertEquals(1, t.currentWeek(LocalDate.of(2025, 3, 9)));
    assertEquals(2, t.currentWeek(LocalDate.of(2025, 3, 10)));
  }

  @Test
  void weeks_count_calendar_days_across_the_change_to_summer_time() {
    // Day 27 (30 March 2025) has 23 hours in Amsterdam; week 5 still begins on day 28.
    Trajectory t = inCoaching();

    assertEquals(4, t.currentWeek(date(27)));
    assertEquals(5, t.currentWeek(date(28)));
  }

  @Test
  void the_current_week_stands_still_while_paused() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(3));

    assertEquals(1, t.currentWeek(date(3)));
    assertEquals(1, t.currentWeek(date(60)));
  }

  @Test
  void after_a_pause_the_weeks_run_on_where_they_stood() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(3));
    t.resume(COACH, day(10));

    // Days 0-2 and 10-13 count: seven days.
    assertEquals(1, t.currentWeek(date(13)));
    assertEquals(2, t.currentWeek(date(14)));
    // Looking back, the days before the pause are unchanged.
    assertEquals(1, t.currentWeek(date(2)));
    assertEquals(1, t.currentWeek(date(5)));
  }

  @Test
  void a_pause_resumed_the_same_day_costs_no_time() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(3));
    t.resume(COACH, day(3));

    assertEquals(2, t.currentWeek(date(7)));
  }

  @Test
  void several_pauses_add_up() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(2));
    t.resume(COACH, day(4));
    t.pause(COACH, day(8));
    t.resume(COACH, day(11));

    // Five days paused in all: week 2 begins on day 12.
    assertEquals(1, t.currentWeek(date(11)));
    assertEquals(2, t.currentWeek(date(12)));
  }

  @ParameterizedTest(name = "slower: day {0} is in week {1}")
  @CsvSource({"0,1", "13,1", "14,2", "27,2", "28,3"})
  void at_slower_tempo_a_week_takes_fourteen_days(int day, int week) {
    Trajectory t = inCoaching();
    t.changeTempo(Tempo.SLOWER, COACH, day(0));

    assertEquals(week, t.currentWeek(date(day)));
  }

  @ParameterizedTest(name = "faster: day {0} is in week {1}")
  @CsvSource({"0,1", "4,1", "5,2", "7,2", "9,2", "10,3", "14,4"})
  void at_faster_tempo_one_and_a_half_weeks_pass_per_calendar_week(int day, int week) {
    Trajectory t = inCoaching();
    t.changeTempo(Tempo.FASTER, COACH, day(0));

    assertEquals(week, t.currentWeek(date(day)));
  }

  @Test
  void a_tempo_change_counts_from_the_day_it_is_made() {
    Trajectory t = inCoaching();
    t.changeTempo(Tempo.SLOWER, COACH, day(7));

    // The first week stays a normal week; the second takes fourteen days.
    assertEquals(1, t.currentWeek(date(6)));
    assertEquals(2, t.currentWeek(date(7)));
    assertEquals(2, t.currentWeek(date(20)));
    assertEquals(3, t.currentWeek(date(21)));
  }

  @Test
  void back_to_normal_tempo_the_weeks_take_seven_days_again() {
    Trajectory t = inCoaching();
    t.changeTempo(Tempo.SLOWER, COACH, day(0));
    t.changeTempo(Tempo.NORMAL, COACH, day(7));

    // Seven slow days are half a week; seven normal days later it is week 2 and a half.
    assertEquals(1, t.currentWeek(date(10)));
    assertEquals(2, t.currentWeek(date(11)));
    assertEquals(2, t.currentWeek(date(17)));
    assertEquals(3, t.currentWeek(date(18)));
  }

  @Test
  void a_second_tempo_change_on_the_same_day_replaces_the_first() {
    Trajectory t = inCoaching();
    t.changeTempo(Tempo.FASTER, COACH, day(0));
    t.changeTempo(Tempo.SLOWER, COACH, day(0));

    assertEquals(List.of(new TempoChange(date(0), Tempo.SLOWER)), t.snapshot().tempoChanges());
    assertEquals(Tempo.SLOWER, t.tempo());
    assertEquals(1, t.currentWeek(date(13)));
  }

  @Test
  void days_paused_do_not_count_whatever_the_tempo() {
    Trajectory t = inCoaching();
    t.changeTempo(Tempo.FASTER, COACH, day(0));
    t.pause(COACH, day(2));
    t.resume(COACH, day(30));

    // Days 0-1 (12 units) and 30-32 (18 units) count: 30 units, week 2 on day 33.
    assertEquals(1, t.currentWeek(date(32)));
    assertEquals(2, t.currentWeek(date(33)));
  }

  @Test
  void the_week_stands_still_once_the_final_evaluation_opens() {
    Trajectory t = inFinalEvaluation();
    int finalDay = firstDayOfWeek(26);

    assertEquals(26, t.currentWeek(date(finalDay)));
    assertEquals(26, t.currentWeek(date(finalDay + 1)));
    assertEquals(26, t.currentWeek(date(finalDay + 365)));
  }

  @Test
  void the_week_stands_still_once_coaching_stops_early() {
    Trajectory t = inCoaching();
    t.stopEarly(EarlyStopReason.READY_SOONER, "Zelf al heel ver.", CATALOGUE, COACH, day(30));

    assertEquals(5, t.currentWeek(date(30)));
    assertEquals(5, t.currentWeek(date(300)));
  }

  @Test
  void a_pause_ends_when_coaching_ends() {
    Trajectory t = inPartTwo();
    t.pause(COACH, day(150));

    t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(160));

    assertFalse(t.paused());
    assertEquals(List.of(new Pause(date(150), date(160))), t.snapshot().pauses());
    // Days 0-149 count: 150 days is week 22.
    assertEquals(22, t.currentWeek(date(400)));
  }

  @Test
  void the_week_does_not_depend_on_the_day_it_is_asked_after_coaching() {
    Trajectory t = inPartTwo();
    t.changeTempo(Tempo.FASTER, COACH, day(140));
    t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(150));

    int week = t.currentWeek(date(150));
    assertEquals(week, t.currentWeek(date(151)));
    assertEquals(week, t.currentWeek(date(1000)));
    // 140 normal days (560 units) + 10 faster (60) = 620 units: week 23.
    assertEquals(23, week);
  }
}
