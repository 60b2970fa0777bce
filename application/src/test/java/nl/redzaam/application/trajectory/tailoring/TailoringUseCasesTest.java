package nl.redzaam.application.trajectory.tailoring;

import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;

import java.util.List;
import nl.redzaam.application.fixtures.TrajectoryWorkTest;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import org.junit.jupiter.api.Test;

class TailoringUseCasesTest extends TrajectoryWorkTest {

  private static final List<Question> QUESTIONS =
      List.of(new Question("gebeld", "Heb je gebeld?", AnswerType.YES_NO, List.of(), true));

  private SkipAssignment skip() {
    return new SkipAssignment(changes());
  }

  private ReinstateAssignment reinstate() {
    return new ReinstateAssignment(changes());
  }

  private StressAssignment stress() {
    return new StressAssignment(changes());
  }

  private AddOwnAssignment addOwn() {
    return new AddOwnAssignment(changes());
  }

  private AddOwnAssignment.Command ownAssignment(int week) {
    return new AddOwnAssignment.Command(
        trajectory.id(),
        week,
        Theme.SELF_RELIANCE,
        "Bel de woningcorporatie",
        "Vraag naar een regeling voor de huur.",
        QUESTIONS);
  }

  @Test
  void the_coach_skips_an_assignment_and_reinstates_it() {
    actingAs(coach());

    skip().execute(new SkipAssignment.Command(trajectory.id(), WEEK_ONE));
    assertEquals(ProgressState.SKIPPED, trajectory.progress(WEEK_ONE).state());
    verify(notifications)
        .happened(
            List.of(new TrajectoryEvent.AssignmentSkipped(trajectory.id(), WEEK_ONE, clock.now())));

    reinstate().execute(new ReinstateAssignment.Command(trajectory.id(), WEEK_ONE));
    assertEquals(ProgressState.OPEN, trajectory.progress(WEEK_ONE).state());
  }

  @Test
  void a_stand_in_coach_tailors_too() {
    actingAs(standIn());

    stress()
        .execute(new StressAssignment.Command(trajectory.id(), WEEK_ONE, true, "Dit is nu nodig."));

    assertTrue(trajectory.progress(WEEK_ONE).stressed());
    assertEquals("Dit is nu nodig.", trajectory.progress(WEEK_ONE).stressReason());
    verify(trajectories).update(trajectory);
  }

  @Test
  void lifting_the_stress_drops_the_reason() {
    actingAs(coach());
    stress().execute(new StressAssignment.Command(trajectory.id(), WEEK_ONE, true, "Belangrijk"));

    stress().execute(new StressAssignment.Command(trajectory.id(), WEEK_ONE, false, null));

    assertFalse(trajectory.progress(WEEK_ONE).stressed());
    assertNull(trajectory.progress(WEEK_ONE).stressReason());
  }

  @Test
  void the_coach_adds_an_own_assignment_for_this_week_or_later() {
    actingAs(coach());

    AssignmentCode code = addOwn().execute(ownAssignment(2));

    var own = trajectory.ownAssignments().get(0);
    assertEquals(code, own.code());
    assertEquals(2, own.week());
    assertEquals(QUESTIONS, own.questions());
    verify(notifications)
        .happened(
            List.of(new TrajectoryEvent.OwnAssignmentAdded(trajectory.id(), code, clock.now())));
  }

  @Test
  void an_own_assignment_in_the_past_breaks_a_rule() {
    actingAs(coach());

    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> addOwn().execute(ownAssignment(0)));
    assertEquals("own-assignment-not-in-past", refused.rule());
  }

  @Test
  void only_coaches_and_stand_ins_tailor() {
    for (var actor : List.of(resident(), specialist(), supportWorker())) {
      assertForbidden(
          actor, () -> skip().execute(new SkipAssignment.Command(trajectory.id(), WEEK_ONE)));
      assertForbidden(
          actor,
          () -> reinstate().execute(new ReinstateAssignment.Command(trajectory.id(), WEEK_ONE)));
      assertForbidden(
          actor,
          () ->
              stress()
                  .execute(new StressAssignment.Command(trajectory.id(), WEEK_ONE, true, null)));
      assertForbidden(actor, () -> addOwn().execute(ownAssignment(2)));
    }
    assertNotFound(
        coachOfAnotherMunicipality(),
        () -> skip().execute(new SkipAssignment.Command(trajectory.id(), WEEK_ONE)));
    assertNotFound(coachOfAnotherMunicipality(), () -> addOwn().execute(ownAssignment(2)));
  }

  @Test
  void reinstating_an_assignment_that_was_not_skipped_breaks_a_rule() {
    actingAs(coach());

    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> reinstate().execute(new ReinstateAssignment.Command(trajectory.id(), WEEK_ONE)));
    assertEquals("not-skipped", refused.rule());
  }
}
