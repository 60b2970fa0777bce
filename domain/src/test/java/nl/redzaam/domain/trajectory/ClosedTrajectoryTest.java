package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.RESIDENT;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SECOND_COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.screening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.staff.StaffMemberId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A closed trajectory is read-only: every change is refused, and what it holds stays readable. */
class ClosedTrajectoryTest {

  private static final NoteId NOTE = new NoteId(uuid(500));
  private static final CheckInId CHECK_IN = new CheckInId(uuid(502));

  /** A closed trajectory with a note and a planned check-in to try to change. */
  private static Trajectory closedWithContent() {
    Trajectory t = TrajectoryFixtures.inCoaching();
    t.leaveNote(NOTE, INCOME_OVERVIEW, "Help", CATALOGUE, day(1));
    t.addCoach(SECOND_COACH);
    t.stopEarly(EarlyStopReason.READY_SOONER, "Klaar.", CATALOGUE, COACH, day(30));
    t.concludeFinalEvaluation("Zelfstandig.", Outcome.INDEPENDENT, COACH, day(31));
    t.planCheckIn(CHECK_IN, date(60), COACH, day(31));
    t.close(COACH, day(90));
    return TrajectoryFixtures.released(t);
  }

  @TestFactory
  Stream<DynamicTest> a_closed_trajectory_is_read_only() {
    Map<String, Consumer<Trajectory>> changes = new LinkedHashMap<>();
    changes.put("invite", t -> t.invite(day(100)));
    changes.put("activate", t -> t.activate(day(100)));
    changes.put(
        "record a screening",
        t ->
            t.recordScreening(
                screening(ScreeningKind.END, "Mesis", date(100), "overzicht", "3"), day(100)));
    changes.put(
        "open an evaluation",
        t -> t.openEvaluation(EvaluationKind.MID, CATALOGUE, COACH, day(100)));
    changes.put(
        "answer an evaluation",
        t ->
            t.answerEvaluation(
                EvaluationKind.FINAL,
                Participant.resident(RESIDENT),
                Map.of("look-back", "Goed"),
                day(100)));
    changes.put(
        "conclude an evaluation",
        t -> t.concludeEvaluation(EvaluationKind.MID, "Klaar.", COACH, day(100)));
    changes.put(
        "conclude the final evaluation",
        t -> t.concludeFinalEvaluation("Klaar.", Outcome.LIGHTER_SUPPORT, COACH, day(100)));
    changes.put(
        "submit answers",
        t -> t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(100)));
    changes.put("approve", t -> t.approve(INCOME_OVERVIEW, COACH, day(100)));
    changes.put("request rework", t -> t.requestRework(INCOME_OVERVIEW, "Beter.", COACH, day(100)));
    changes.put("skip", t -> t.skip(INCOME_OVERVIEW, CATALOGUE, COACH, day(100)));
    changes.put("reinstate", t -> t.reinstate(INCOME_OVERVIEW, COACH, day(100)));
    changes.put("stress", t -> t.stress(INCOME_OVERVIEW, true, CATALOGUE, COACH, day(100)));
    changes.put(
        "add an own assignment",
        t ->
            t.addOwnAssignment(30, Theme.INCOME, "Titel", "Doe iets.", List.of(), COACH, day(100)));
    changes.put(
        "leave a note",
        t -> t.leaveNote(new NoteId(uuid(503)), INCOME_OVERVIEW, "Hallo?", CATALOGUE, day(100)));
    changes.put("reply to a note", t -> t.replyToNote(NOTE, "Hallo!", COACH, day(100)));
    changes.put("pause", t -> t.pause(COACH, day(100)));
    changes.put("resume", t -> t.resume(COACH, day(100)));
    changes.put("change the tempo", t -> t.changeTempo(Tempo.FASTER, COACH, day(100)));
    changes.put(
        "stop early", t -> t.stopEarly(EarlyStopReason.OTHER, "Stop.", CATALOGUE, COACH, day(100)));
    changes.put(
        "plan a check-in",
        t -> t.planCheckIn(new CheckInId(uuid(507)), date(120), COACH, day(100)));
    changes.put(
        "record a check-in", t -> t.recordCheckIn(CHECK_IN, "Gesproken.", null, COACH, day(100)));
    changes.put("close again", t -> t.close(COACH, day(100)));
    changes.put("add a coach", t -> t.addCoach(new StaffMemberId(uuid(508))));
    changes.put("remove a coach", t -> t.removeCoach(SECOND_COACH));
    changes.put("add a specialist", t -> t.addSpecialist(new StaffMemberId(uuid(509))));
    changes.put("remove a specialist", t -> t.removeSpecialist(SPECIALIST));

    return changes.entrySet().stream()
        .map(
            change ->
                dynamicTest(
                    "a closed trajectory refuses to " + change.getKey(),
                    () -> {
                      Trajectory t = closedWithContent();
                      assertRefused(
                          t, "closed-trajectory-is-read-only", () -> change.getValue().accept(t));
                    }));
  }

  @Test
  void a_closed_trajectory_can_still_be_read() {
    Trajectory t = closedWithContent();

    assertEquals(Stage.CLOSED, t.stage());
    assertEquals(Outcome.INDEPENDENT, t.outcome().orElseThrow());
    assertEquals(1, t.notes().size());
    assertEquals(5, t.currentWeek(date(365)));
    assertEquals(List.of(), t.dueThisWeek(date(365), CATALOGUE));
  }
}
