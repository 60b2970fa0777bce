package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.catalogue;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inAftercare;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inMidEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.selected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.TrajectoryEvent.EvaluationOpened;
import nl.redzaam.domain.trajectory.TrajectoryEvent.TrajectoryClosed;
import nl.redzaam.domain.trajectory.TrajectoryEvent.TrajectoryStoppedEarly;
import org.junit.jupiter.api.Test;

/** The coach stops early: the resident is ready sooner, or clearly not ready. */
class EarlyStopTest {

  @Test
  void stopping_before_the_start_conversation_closes_the_trajectory() {
    Trajectory t = activated();

    t.stopEarly(EarlyStopReason.RESIDENT_WITHDREW, "Wil geen coaching.", CATALOGUE, COACH, day(-5));

    assertEquals(Stage.CLOSED, t.stage());
    assertEquals(date(-5), t.snapshot().closedOn());
    assertEquals(
        Optional.of(
            new EarlyStop(
                EarlyStopReason.RESIDENT_WITHDREW, "Wil geen coaching.", date(-5), COACH)),
        t.earlyStop());
    assertEquals(Optional.empty(), t.outcome());
    assertEquals(
        List.of(
            new TrajectoryStoppedEarly(TRAJECTORY, EarlyStopReason.RESIDENT_WITHDREW, day(-5)),
            new TrajectoryClosed(TRAJECTORY, day(-5))),
        t.releaseEvents());
  }

  @Test
  void a_trajectory_can_be_stopped_right_after_selection() {
    Trajectory t = selected();

    t.stopEarly(EarlyStopReason.OTHER, "Verhuisd.", CATALOGUE, COACH, day(-20));

    assertEquals(Stage.CLOSED, t.stage());
  }

  @Test
  void stopping_during_coaching_leads_to_the_final_evaluation() {
    Trajectory t = inCoaching();

    t.stopEarly(EarlyStopReason.READY_SOONER, "Doet alles al zelf.", CATALOGUE, COACH, day(60));

    assertEquals(Stage.FINAL_EVALUATION, t.stage());
    Evaluation last = t.evaluation(EvaluationKind.FINAL).orElseThrow();
    assertFalse(last.concluded());
    assertEquals(date(60), last.openedOn());
    assertEquals(CATALOGUE.evaluationQuestions(EvaluationKind.FINAL), last.questions());
    assertEquals(date(60), t.snapshot().coachingEndedOn());
    assertEquals(
        List.of(
            new TrajectoryStoppedEarly(TRAJECTORY, EarlyStopReason.READY_SOONER, day(60)),
            new EvaluationOpened(TRAJECTORY, EvaluationKind.FINAL, day(60))),
        t.releaseEvents());
  }

  @Test
  void after_stopping_early_the_outcome_is_agreed_as_usual() {
    Trajectory t = inCoaching();
    t.stopEarly(EarlyStopReason.NOT_READY, "Nog te veel onrust.", CATALOGUE, COACH, day(60));

    t.concludeFinalEvaluation("Bewind blijft.", Outcome.CONTINUED_SUPPORT, COACH, day(61));

    assertEquals(Stage.AFTERCARE, t.stage());
    assertEquals(Optional.of(Outcome.CONTINUED_SUPPORT), t.outcome());
    assertEquals(EarlyStopReason.NOT_READY, t.earlyStop().orElseThrow().reason());
  }

  @Test
  void stopping_at_the_start_conversation_or_the_mid_evaluation_leads_to_the_final_evaluation() {
    for (Supplier<Trajectory> at :
        List.<Supplier<Trajectory>>of(
            TrajectoryFixtures::inStartConversation, TrajectoryFixtures::inMidEvaluation)) {
      Trajectory t = at.get();

      t.stopEarly(EarlyStopReason.OTHER, "Andere hulp nodig.", CATALOGUE, COACH, day(130));

      assertEquals(Stage.FINAL_EVALUATION, t.stage());
    }
  }

  @Test
  void stopping_early_ends_a_pause() {
    Trajectory t = inCoaching();
    t.pause(COACH, day(20));

    t.stopEarly(EarlyStopReason.NOT_READY, "Geen contact meer.", CATALOGUE, COACH, day(40));

    assertFalse(t.paused());
    assertEquals(List.of(new Pause(date(20), date(40))), t.snapshot().pauses());
  }

  @Test
  void it_is_too_late_to_stop_early_once_the_final_evaluation_began() {
    Trajectory t = inFinalEvaluation();
    assertRefused(
        t,
        "too-late-to-stop-early",
        () -> t.stopEarly(EarlyStopReason.OTHER, "Toch stoppen.", CATALOGUE, COACH, day(200)));

    Trajectory aftercare = inAftercare(Outcome.INDEPENDENT);
    assertRefused(
        aftercare,
        "too-late-to-stop-early",
        () ->
            aftercare.stopEarly(
                EarlyStopReason.OTHER, "Toch stoppen.", CATALOGUE, COACH, day(220)));
  }

  @Test
  void only_a_coach_of_the_trajectory_stops_it_early() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "coach-only",
        () -> t.stopEarly(EarlyStopReason.OTHER, "Stop.", CATALOGUE, SPECIALIST, day(10)));
  }

  @Test
  void stopping_early_needs_an_explanation() {
    Trajectory t = inMidEvaluation();

    assertRefused(
        t,
        "text-required",
        () -> t.stopEarly(EarlyStopReason.OTHER, " ", CATALOGUE, COACH, day(130)));
  }

  @Test
  void stopping_early_uses_the_trajectorys_own_catalogue() {
    Trajectory t = inStartConversation();

    assertRefused(
        t,
        "wrong-catalogue",
        () ->
            t.stopEarly(
                EarlyStopReason.OTHER,
                "Stop.",
                catalogue(TrajectoryType.PROTECTIVE_ADMINISTRATION, 1),
                COACH,
                day(0)));
    assertTrue(t.earlyStop().isEmpty());
  }
}
