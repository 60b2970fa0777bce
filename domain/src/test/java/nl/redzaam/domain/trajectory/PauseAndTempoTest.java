package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inEndScreening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inMidEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.trajectory.TrajectoryEvent.TempoChanged;
import nl.redzaam.domain.trajectory.TrajectoryEvent.TrajectoryPaused;
import nl.redzaam.domain.trajectory.TrajectoryEvent.TrajectoryResumed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The coach speeds up, slows down or pauses the weeks. */
class PauseAndTempoTest {

  // ------------------------------------------------------------------ pause and resume

  @Test
  void a_coach_pauses_running_coaching() {
    Trajectory t = inCoaching();

    t.pause(COACH, day(10));

    assertTrue(t.paused());
    assertEquals(List.of(new Pause(date(10), null)), t.snapshot().pauses());
    assertEquals(List.of(new TrajectoryPaused(TRAJECTORY, day(10))), t.releaseEvents());
  }

  @Test
  void a_coach_resumes_a_paused_trajectory() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(10));
    t.releaseEvents();

    t.resume(COACH, day(17));

    assertFalse(t.paused());
    assertEquals(List.of(new Pause(date(10), date(17))), t.snapshot().pauses());
    assertEquals(List.of(new TrajectoryResumed(TRAJECTORY, day(17))), t.releaseEvents());
  }

  @Test
  void coaching_can_be_paused_during_the_mid_evaluation_and_the_end_screening() {
    Trajectory mid = inMidEvaluation();
    mid.pause(COACH, day(firstDayOfWeek(18)));
    assertTrue(mid.paused());

    Trajectory end = inEndScreening();
    end.pause(COACH, day(firstDayOfWeek(25)));
    assertTrue(end.paused());
  }

  @Test
  void only_running_coaching_can_be_paused() {
    Trajectory before = inStartConversation();
    assertRefused(before, "not-in-coaching", () -> before.pause(COACH, day(0)));

    Trajectory after = inFinalEvaluation();
    assertRefused(after, "not-in-coaching", () -> after.pause(COACH, day(200)));
  }

  @Test
  void a_paused_trajectory_is_not_paused_again() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(10));

    assertRefused(t, "already-paused", () -> t.pause(COACH, day(11)));
  }

  @Test
  void only_a_paused_trajectory_is_resumed() {
    Trajectory t = inCoaching();

    assertRefused(t, "not-paused", () -> t.resume(COACH, day(11)));
    t.pause(COACH, day(10));
    t.resume(COACH, day(12));
    assertRefused(t, "not-paused", () -> t.resume(COACH, day(13)));
  }

  @Test
  void only_a_coach_of_the_trajectory_pauses_and_resumes() {
    Trajectory t = inCoaching();
    assertRefused(t, "coach-only", () -> t.pause(SPECIALIST, day(10)));

    t.pause(COACH, day(10));
    assertRefused(t, "coach-only", () -> t.resume(SPECIALIST, day(11)));
  }

  @Test
  void a_pause_still_running_when_the_final_evaluation_opens_ends_that_day() {
    Trajectory t = inEndScreening();
    t.pause(COACH, day(firstDayOfWeek(25)));

    t.openEvaluation(EvaluationKind.FINAL, CATALOGUE, COACH, day(firstDayOfWeek(25) + 10));

    assertFalse(t.paused());
    assertRefused(t, "not-paused", () -> t.resume(COACH, day(firstDayOfWeek(25) + 11)));
  }

  // ------------------------------------------------------------------ tempo

  @Test
  void a_trajectory_runs_at_normal_tempo_until_the_coach_changes_it() {
    assertEquals(Tempo.NORMAL, inCoaching().tempo());
  }

  @ParameterizedTest
  @EnumSource(
      value = Tempo.class,
      names = {"FASTER", "SLOWER"})
  void a_coach_makes_the_weeks_pass_faster_or_slower_from_today_on(Tempo tempo) {
    Trajectory t = inCoaching();

    t.changeTempo(tempo, COACH, day(10));

    assertEquals(tempo, t.tempo());
    assertEquals(List.of(new TempoChange(date(10), tempo)), t.snapshot().tempoChanges());
    assertEquals(List.of(new TempoChanged(TRAJECTORY, tempo, day(10))), t.releaseEvents());
  }

  @Test
  void the_tempo_changes_only_to_another_tempo() {
    Trajectory t = inCoaching();
    assertRefused(t, "same-tempo", () -> t.changeTempo(Tempo.NORMAL, COACH, day(10)));

    t.changeTempo(Tempo.SLOWER, COACH, day(10));
    assertRefused(t, "same-tempo", () -> t.changeTempo(Tempo.SLOWER, COACH, day(20)));
  }

  @Test
  void the_tempo_only_matters_while_coaching_runs() {
    Trajectory before = inStartConversation();
    assertRefused(before, "not-in-coaching", () -> before.changeTempo(Tempo.FASTER, COACH, day(0)));

    Trajectory after = inFinalEvaluation();
    assertRefused(after, "not-in-coaching", () -> after.changeTempo(Tempo.FASTER, COACH, day(200)));
  }

  @Test
  void only_a_coach_of_the_trajectory_changes_the_tempo() {
    Trajectory t = inCoaching();

    assertRefused(t, "coach-only", () -> t.changeTempo(Tempo.FASTER, SPECIALIST, day(10)));
  }

  @Test
  void the_tempo_can_change_while_paused() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(3));

    t.changeTempo(Tempo.FASTER, COACH, day(5));
    t.resume(COACH, day(10));

    // Days 0-2 normal (12 units), days 10-12 faster (18 units): week 2 on day 13.
    assertEquals(1, t.currentWeek(date(12)));
    assertEquals(2, t.currentWeek(date(13)));
  }
}
