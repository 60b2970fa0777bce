package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.MUNICIPALITY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.RESIDENT;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.STRANGER;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.courtadvice.CourtRecommendation;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import org.junit.jupiter.api.Test;

/** The specialist's advice to the sub-district court in a protective-administration trajectory. */
class CourtAdviceTest {

  private static final Catalogue PROTECTIVE =
      TrajectoryFixtures.catalogue(TrajectoryType.PROTECTIVE_ADMINISTRATION, 1);
  private static final LocalDate TODAY = date(190);

  @Test
  void the_specialist_drafts_and_rewrites_the_advice_during_the_final_evaluation() {
    Trajectory trajectory = protectiveAdministration(false);

    CourtAdvice advice =
        CourtAdvice.draft(
            trajectory, CourtRecommendation.CONTINUE, "  Nog niet klaar.  ", SPECIALIST, TODAY);
    advice.revise(
        trajectory, CourtRecommendation.END, "Lisa betaalt alles zelf.", SPECIALIST, TODAY);

    assertEquals(CourtRecommendation.END, advice.recommendation());
    assertEquals("Lisa betaalt alles zelf.", advice.reasons());
    assertEquals(SPECIALIST, advice.writtenBy());
    assertFalse(advice.isFinal());
    assertEquals(TRAJECTORY, advice.trajectoryId());
  }

  @Test
  void final_advice_needs_the_outcome_and_then_no_longer_changes() {
    Trajectory evaluating = protectiveAdministration(false);
    CourtAdvice advice =
        CourtAdvice.draft(evaluating, CourtRecommendation.END, "Klaar.", SPECIALIST, TODAY);

    assertViolates(
        "court-advice-needs-outcome", () -> advice.makeFinal(evaluating, SPECIALIST, TODAY));

    Trajectory decided = protectiveAdministration(true);
    advice.makeFinal(decided, SPECIALIST, TODAY);

    assertTrue(advice.isFinal());
    assertEquals(TODAY, advice.finalisedOn().orElseThrow());
    assertViolates(
        "court-advice-final",
        () -> advice.revise(decided, CourtRecommendation.CHANGE, "Toch niet.", SPECIALIST, TODAY));
    assertViolates("court-advice-final", () -> advice.makeFinal(decided, SPECIALIST, TODAY));
  }

  @Test
  void only_the_trajectorys_specialist_writes_it_and_not_before_the_final_evaluation() {
    Trajectory trajectory = protectiveAdministration(false);

    assertViolates(
        "specialist-only",
        () -> CourtAdvice.draft(trajectory, CourtRecommendation.END, "Klaar.", COACH, TODAY));
    assertViolates(
        "specialist-only",
        () -> CourtAdvice.draft(trajectory, CourtRecommendation.END, "Klaar.", STRANGER, TODAY));
    assertViolates(
        "text-required",
        () -> CourtAdvice.draft(trajectory, CourtRecommendation.END, " ", SPECIALIST, TODAY));

    Trajectory early = started(PROTECTIVE);
    assertViolates(
        "court-advice-from-final-evaluation",
        () -> CourtAdvice.draft(early, CourtRecommendation.END, "Klaar.", SPECIALIST, TODAY));
  }

  @Test
  void other_trajectory_types_have_no_advice_to_the_court() {
    Trajectory debtAssistance = TrajectoryFixtures.inFinalEvaluation();

    assertViolates(
        "court-advice-only-for-protective-administration",
        () ->
            CourtAdvice.draft(
                debtAssistance, CourtRecommendation.END, "Klaar.", SPECIALIST, TODAY));
  }

  private static Trajectory started(Catalogue catalogue) {
    Trajectory t =
        Trajectory.start(
            TRAJECTORY,
            MUNICIPALITY,
            RESIDENT,
            catalogue,
            Set.of(COACH),
            Set.of(SPECIALIST),
            SPECIALIST,
            day(-21));
    t.invite(day(-20));
    t.activate(day(-19));
    return t;
  }

  /** In the final evaluation; with {@code decided} its outcome is set. */
  private static Trajectory protectiveAdministration(boolean decided) {
    Trajectory t = started(PROTECTIVE);
    t.openEvaluation(EvaluationKind.START, PROTECTIVE, COACH, day(-1));
    t.concludeEvaluation(EvaluationKind.START, "Start.", COACH, day(0));
    t.openEvaluation(EvaluationKind.MID, PROTECTIVE, COACH, day(firstDayOfWeek(18)));
    t.concludeEvaluation(EvaluationKind.MID, "Halverwege.", COACH, day(firstDayOfWeek(18) + 1));
    t.openEvaluation(EvaluationKind.FINAL, PROTECTIVE, COACH, day(firstDayOfWeek(26)));
    if (decided) {
      t.concludeFinalEvaluation(
          "Samen besloten.", Outcome.INDEPENDENT, COACH, day(firstDayOfWeek(26) + 1));
    }
    return t;
  }
}
