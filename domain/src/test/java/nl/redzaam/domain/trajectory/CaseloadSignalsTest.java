package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.LOCAL_FACILITIES;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inAftercare;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inFinalEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inMidEvaluation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inPartTwo;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartScreening;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.invited;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import org.junit.jupiter.api.Test;

/**
 * What a caseload shows about a trajectory: the evaluation due and the resident's last activity.
 */
class CaseloadSignalsTest {

  @Test
  void the_start_conversation_is_due_from_activation_until_it_is_concluded() {
    assertEquals(Optional.empty(), invited().evaluationDue(date(-1), CATALOGUE));
    assertEquals(Optional.of(EvaluationKind.START), activated().evaluationDue(date(-1), CATALOGUE));
    assertEquals(
        Optional.of(EvaluationKind.START), inStartScreening().evaluationDue(date(-1), CATALOGUE));
    assertEquals(
        Optional.of(EvaluationKind.START),
        inStartConversation().evaluationDue(date(-1), CATALOGUE));
    assertEquals(Optional.empty(), inCoaching().evaluationDue(date(1), CATALOGUE));
  }

  @Test
  void the_mid_evaluation_is_due_from_week_18_until_it_is_concluded() {
    Trajectory t = inCoaching();
    assertEquals(Optional.empty(), t.evaluationDue(date(firstDayOfWeek(18) - 1), CATALOGUE));
    assertEquals(
        Optional.of(EvaluationKind.MID), t.evaluationDue(date(firstDayOfWeek(18)), CATALOGUE));
    assertEquals(
        Optional.of(EvaluationKind.MID),
        inMidEvaluation().evaluationDue(date(firstDayOfWeek(18)), CATALOGUE));
  }

  @Test
  void the_final_evaluation_is_due_from_the_last_week_with_an_assignment() {
    int lastWeek = CATALOGUE.lastWeek();
    Trajectory t = inPartTwo();
    assertEquals(Optional.empty(), t.evaluationDue(date(firstDayOfWeek(lastWeek) - 1), CATALOGUE));
    assertEquals(
        Optional.of(EvaluationKind.FINAL),
        t.evaluationDue(date(firstDayOfWeek(lastWeek)), CATALOGUE));

    t.addOwnAssignment(
        lastWeek + 2, Theme.BEING_PREPARED, "Nog een", "Doe het.", List.of(), COACH, day(130));
    assertEquals(
        Optional.empty(),
        t.evaluationDue(date(firstDayOfWeek(lastWeek + 1)), CATALOGUE),
        "the coach's own assignment of a later week comes first");
    assertEquals(
        Optional.of(EvaluationKind.FINAL),
        t.evaluationDue(date(firstDayOfWeek(lastWeek + 2)), CATALOGUE));

    assertEquals(
        Optional.of(EvaluationKind.FINAL),
        inFinalEvaluation().evaluationDue(date(firstDayOfWeek(26)), CATALOGUE));
    assertEquals(
        Optional.empty(),
        inAftercare(Outcome.INDEPENDENT).evaluationDue(date(firstDayOfWeek(27)), CATALOGUE));
  }

  @Test
  void the_last_activity_is_the_latest_of_activation_answers_drafts_and_notes() {
    assertEquals(Optional.empty(), invited().lastResidentActivity());
    assertEquals(Optional.of(day(-19)), activated().lastResidentActivity());

    Trajectory t = inCoaching();
    t.saveDraft(INCOME_OVERVIEW, Map.of("income", "Loon"), CATALOGUE, day(1));
    assertEquals(Optional.of(day(1)), t.lastResidentActivity());
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(2));
    assertEquals(Optional.of(day(2)), t.lastResidentActivity());
    t.leaveNote(new NoteId(uuid(900)), INCOME_OVERVIEW, "Help?", CATALOGUE, day(3));
    assertEquals(Optional.of(day(3)), t.lastResidentActivity());
    t.saveDraft(LOCAL_FACILITIES, Map.of(), CATALOGUE, day(4));
    assertEquals(Optional.of(day(3)), t.lastResidentActivity(), "an empty draft is no draft");
    t.approve(INCOME_OVERVIEW, COACH, day(5));
    assertEquals(Optional.of(day(3)), t.lastResidentActivity(), "the coach's work does not count");
  }
}
