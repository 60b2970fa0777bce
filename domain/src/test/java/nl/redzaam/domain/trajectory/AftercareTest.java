package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inAftercare;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.trajectory.TrajectoryEvent.CheckInHeld;
import nl.redzaam.domain.trajectory.TrajectoryEvent.CheckInPlanned;
import nl.redzaam.domain.trajectory.TrajectoryEvent.TrajectoryClosed;
import org.junit.jupiter.api.Test;

/** Step 11: aftercare with check-ins (waakvlamgesprekken), then closing the trajectory. */
class AftercareTest {

  private static final CheckInId CHECK_IN = new CheckInId(uuid(400));
  private static final int TODAY = 200;

  private static Trajectory withCheckInPlanned() {
    Trajectory t = inAftercare(Outcome.INDEPENDENT);
    t.planCheckIn(CHECK_IN, date(TODAY + 30), COACH, day(TODAY));
    t.releaseEvents();
    return t;
  }

  @Test
  void in_aftercare_a_coach_plans_a_check_in() {
    Trajectory t = inAftercare(Outcome.INDEPENDENT);

    t.planCheckIn(CHECK_IN, date(TODAY + 30), COACH, day(TODAY));

    CheckIn checkIn = t.checkIns().get(0);
    assertEquals(date(TODAY + 30), checkIn.plannedOn());
    assertFalse(checkIn.held());
    assertEquals(List.of(new CheckInPlanned(TRAJECTORY, CHECK_IN, day(TODAY))), t.releaseEvents());
  }

  @Test
  void a_check_in_is_planned_for_today_or_later() {
    Trajectory t = inAftercare(Outcome.INDEPENDENT);

    assertRefused(
        t, "check-in-in-past", () -> t.planCheckIn(CHECK_IN, date(TODAY - 1), COACH, day(TODAY)));
    t.planCheckIn(CHECK_IN, date(TODAY), COACH, day(TODAY));
    assertEquals(1, t.checkIns().size());
  }

  @Test
  void check_ins_belong_to_aftercare() {
    Trajectory t = inFinalEvaluation();

    assertRefused(
        t, "wrong-stage", () -> t.planCheckIn(CHECK_IN, date(TODAY + 30), COACH, day(TODAY)));
    assertRefused(
        t, "wrong-stage", () -> t.recordCheckIn(CHECK_IN, "Gesproken.", null, COACH, day(TODAY)));
  }

  @Test
  void only_a_coach_of_the_trajectory_plans_and_records_check_ins() {
    Trajectory t = withCheckInPlanned();

    assertRefused(
        t,
        "coach-only",
        () -> t.planCheckIn(new CheckInId(uuid(401)), date(TODAY + 60), SPECIALIST, day(TODAY)));
    assertRefused(
        t,
        "coach-only",
        () -> t.recordCheckIn(CHECK_IN, "Gesproken.", null, SPECIALIST, day(TODAY + 30)));
  }

  @Test
  void a_coach_records_that_a_check_in_was_held_with_a_summary_and_whether_still_independent() {
    Trajectory t = withCheckInPlanned();

    t.recordCheckIn(
        CHECK_IN, " Alles betaald, geen nieuwe schulden. ", true, COACH, day(TODAY + 31));

    assertEquals(
        List.of(
            new CheckIn(
                CHECK_IN,
                date(TODAY + 30),
                date(TODAY + 31),
                "Alles betaald, geen nieuwe schulden.",
                true)),
        t.checkIns());
    assertTrue(t.checkIns().get(0).held());
    assertEquals(
        List.of(new CheckInHeld(TRAJECTORY, CHECK_IN, day(TODAY + 31))), t.releaseEvents());
  }

  @Test
  void a_check_in_id_is_used_once() {
    Trajectory t = withCheckInPlanned();

    assertRefused(
        t,
        "duplicate-check-in",
        () -> t.planCheckIn(CHECK_IN, date(TODAY + 60), COACH, day(TODAY)));
  }

  @Test
  void a_check_in_is_held_once() {
    Trajectory t = withCheckInPlanned();
    t.recordCheckIn(CHECK_IN, "Gesproken.", null, COACH, day(TODAY + 30));

    assertRefused(
        t,
        "check-in-already-held",
        () -> t.recordCheckIn(CHECK_IN, "Nog eens.", null, COACH, day(TODAY + 31)));
  }

  @Test
  void only_a_planned_check_in_is_recorded() {
    Trajectory t = withCheckInPlanned();

    assertRefused(
        t,
        "unknown-check-in",
        () ->
            t.recordCheckIn(new CheckInId(uuid(401)), "Gesproken.", null, COACH, day(TODAY + 30)));
  }

  @Test
  void a_check_in_summary_is_not_empty() {
    Trajectory t = withCheckInPlanned();

    assertRefused(
        t, "text-required", () -> t.recordCheckIn(CHECK_IN, "", null, COACH, day(TODAY + 30)));
  }

  @Test
  void a_coach_closes_the_trajectory_after_aftercare() {
    Trajectory t = inAftercare(Outcome.LIGHTER_SUPPORT);

    t.close(COACH, day(TODAY));

    assertEquals(Stage.CLOSED, t.stage());
    assertEquals(date(TODAY), t.snapshot().closedOn());
    assertEquals(List.of(new TrajectoryClosed(TRAJECTORY, day(TODAY))), t.releaseEvents());
  }

  @Test
  void a_trajectory_is_closed_only_from_aftercare() {
    Trajectory t = inFinalEvaluation();

    assertRefused(t, "wrong-stage", () -> t.close(COACH, day(TODAY)));
    assertNull(t.snapshot().closedOn());
  }

  @Test
  void only_a_coach_of_the_trajectory_closes_it() {
    Trajectory t = inAftercare(Outcome.INDEPENDENT);

    assertRefused(t, "coach-only", () -> t.close(SPECIALIST, day(TODAY)));
  }
}
