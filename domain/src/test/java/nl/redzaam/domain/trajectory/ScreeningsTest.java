package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inEndScreening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inMidEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inPartTwo;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartScreening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.invited;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.screening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.trajectory.ScreeningComparison.DomainChange;
import nl.redzaam.domain.trajectory.TrajectoryEvent.ScreeningRecorded;
import org.junit.jupiter.api.Test;

/** Steps 4 and 9: the optional start and end screenings, and the growth they show. */
class ScreeningsTest {

  private static final int END_DAY = firstDayOfWeek(25);

  private static ScreeningResult start(String instrument, String... scores) {
    return screening(ScreeningKind.START, instrument, date(-5), scores);
  }

  private static ScreeningResult end(String instrument, String... scores) {
    return screening(ScreeningKind.END, instrument, date(END_DAY), scores);
  }

  private static ScreeningResult interim() {
    return screening(ScreeningKind.INTERIM, "Mesis", date(50), "overzicht", "2.5");
  }

  // ------------------------------------------------------------------ start screening

  @Test
  void the_start_screening_comes_after_activation() {
    Trajectory t = activated();
    ScreeningResult result = start("Mesis", "overzicht", "2");

    t.recordScreening(result, day(-5));

    assertEquals(Stage.START_SCREENING, t.stage());
    assertEquals(List.of(result), t.screenings());
    assertEquals(
        List.of(new ScreeningRecorded(TRAJECTORY, ScreeningKind.START, day(-5))),
        t.releaseEvents());
  }

  @Test
  void the_start_screening_may_still_be_taken_at_the_start_conversation() {
    Trajectory t = inStartConversation();

    t.recordScreening(start("Mesis", "overzicht", "2"), day(-1));

    assertEquals(Stage.START_CONVERSATION, t.stage());
    assertEquals(1, t.screenings().size());
  }

  @Test
  void the_start_screening_is_not_taken_before_activation_or_once_coaching_runs() {
    Trajectory before = invited();
    assertRefused(
        before,
        "wrong-stage",
        () -> before.recordScreening(start("Mesis", "overzicht", "2"), day(-20)));

    Trajectory during = inCoaching();
    assertRefused(
        during,
        "wrong-stage",
        () -> during.recordScreening(start("Mesis", "overzicht", "2"), day(5)));
  }

  @Test
  void the_start_screening_is_taken_once() {
    Trajectory t = inStartScreening();

    assertRefused(
        t,
        "screening-taken-once",
        () -> t.recordScreening(start("VNG", "overzicht", "2"), day(-4)));
  }

  // ------------------------------------------------------------------ interim screening

  @Test
  void an_interim_screening_is_taken_during_coaching_as_often_as_needed() {
    Trajectory t = inCoaching();

    t.recordScreening(interim(), day(50));
    t.recordScreening(interim(), day(60));

    assertEquals(Stage.COACHING_PART_ONE, t.stage());
    assertEquals(2, t.screenings().size());
    inMidEvaluation().recordScreening(interim(), day(120));
    inPartTwo().recordScreening(interim(), day(130));
  }

  @Test
  void a_screening_id_is_used_once() {
    Trajectory t = inCoaching();
    ScreeningResult once = interim();
    t.recordScreening(once, day(50));

    assertRefused(t, "duplicate-screening", () -> t.recordScreening(once, day(51)));
  }

  @Test
  void an_interim_screening_is_not_taken_outside_coaching() {
    Trajectory before = inStartConversation();
    assertRefused(before, "wrong-stage", () -> before.recordScreening(interim(), day(0)));

    Trajectory after = inFinalEvaluation();
    assertRefused(after, "wrong-stage", () -> after.recordScreening(interim(), day(200)));
  }

  // ------------------------------------------------------------------ end screening

  @Test
  void the_end_screening_comes_after_the_mid_evaluation() {
    Trajectory t = inPartTwo();

    t.recordScreening(end("Mesis", "overzicht", "3"), day(END_DAY));

    assertEquals(Stage.END_SCREENING, t.stage());
  }

  @Test
  void the_end_screening_may_still_be_taken_at_the_final_evaluation() {
    Trajectory t = inFinalEvaluation();

    t.recordScreening(end("Mesis", "overzicht", "3"), day(200));

    assertEquals(Stage.FINAL_EVALUATION, t.stage());
  }

  @Test
  void the_end_screening_is_not_taken_in_part_one() {
    Trajectory t = inMidEvaluation();

    assertRefused(
        t, "wrong-stage", () -> t.recordScreening(end("Mesis", "overzicht", "3"), day(120)));
  }

  @Test
  void the_end_screening_is_taken_once() {
    Trajectory t = inEndScreening();

    assertRefused(
        t,
        "screening-taken-once",
        () -> t.recordScreening(end("Mesis", "overzicht", "4"), day(END_DAY + 1)));
  }

  // ------------------------------------------------------------------ comparison

  /** Takes the start screening, runs coaching to part two and takes the end screening. */
  private static Trajectory screenedAtStartAndEnd(ScreeningResult start, ScreeningResult end) {
    Trajectory t = activated();
    t.recordScreening(start, day(-5));
    t.openEvaluation(EvaluationKind.START, CATALOGUE, COACH, day(-1));
    t.concludeEvaluation(EvaluationKind.START, "Start.", COACH, day(0));
    t.openEvaluation(EvaluationKind.MID, CATALOGUE, COACH, day(119));
    t.concludeEvaluation(EvaluationKind.MID, "Deel twee.", COACH, day(120));
    t.recordScreening(end, day(END_DAY));
    return t;
  }

  @Test
  void start_and_end_are_compared_per_domain() {
    Trajectory t =
        screenedAtStartAndEnd(
            start("Mesis", "overzicht", "2", "besteden", "1.5", "post", "1"),
            end("Mesis", "overzicht", "3.5", "besteden", "1.25", "netwerk", "2"));

    ScreeningComparison comparison = t.screeningComparison().orElseThrow();

    assertEquals("Mesis", comparison.instrument());
    assertEquals(
        List.of(
            new DomainChange("overzicht", new BigDecimal("2.00"), new BigDecimal("3.50")),
            new DomainChange("besteden", new BigDecimal("1.50"), new BigDecimal("1.25")),
            new DomainChange("post", new BigDecimal("1.00"), null),
            new DomainChange("netwerk", null, new BigDecimal("2.00"))),
        comparison.changes());
    assertEquals(new BigDecimal("1.50"), comparison.changes().get(0).change());
    assertEquals(new BigDecimal("-0.25"), comparison.changes().get(1).change());
    assertNull(comparison.changes().get(2).change());
    assertNull(comparison.changes().get(3).change());
  }

  @Test
  void screenings_are_compared_only_when_taken_with_the_same_instrument() {
    Trajectory other =
        screenedAtStartAndEnd(
            start("Mesis", "overzicht", "2"), end("VNG-zelfscan", "overzicht", "3"));

    assertEquals(Optional.empty(), other.screeningComparison());
  }

  @Test
  void the_instrument_name_is_compared_regardless_of_case() {
    Trajectory same =
        screenedAtStartAndEnd(start("Mesis", "overzicht", "2"), end("MESIS", "overzicht", "3"));

    assertTrue(same.screeningComparison().isPresent());
  }

  @Test
  void screenings_are_compared_only_when_both_were_taken() {
    assertEquals(Optional.empty(), inStartScreening().screeningComparison());
    assertEquals(Optional.empty(), inEndScreening().screeningComparison());
    assertEquals(Optional.empty(), inCoaching().screeningComparison());
  }

  // ------------------------------------------------------------------ the result itself

  @Test
  void a_screening_has_at_least_one_score() {
    assertViolates(
        "screening-needs-scores",
        () ->
            new ScreeningResult(
                new ScreeningId(uuid(600)), ScreeningKind.START, "Mesis", date(0), List.of()));
  }

  @Test
  void a_screening_scores_each_domain_once() {
    assertViolates(
        "screening-domains-unique",
        () -> screening(ScreeningKind.START, "Mesis", date(0), "overzicht", "1", "overzicht", "2"));
  }

  @Test
  void a_screening_names_its_instrument() {
    assertViolates(
        "text-required", () -> screening(ScreeningKind.START, " ", date(0), "overzicht", "1"));
  }

  @Test
  void a_domain_score_is_kept_to_two_decimals() {
    assertEquals(
        new BigDecimal("2.35"), new DomainScore("overzicht", new BigDecimal("2.345")).score());
    assertEquals(new BigDecimal("3.00"), new DomainScore("overzicht", new BigDecimal("3")).score());
    assertViolates("text-required", () -> new DomainScore("", BigDecimal.ONE));
    assertViolates(
        "score-out-of-range", () -> new DomainScore("overzicht", new BigDecimal("10000")));
  }
}
