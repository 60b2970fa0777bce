package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.BUDGET_PLAN;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.closed;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inStartConversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resident saves answers as a draft before handing them in. */
class DraftAnswersTest {

  @Test
  void an_incomplete_draft_is_kept_in_canonical_form_without_an_event() {
    Trajectory t = inCoaching();

    t.saveDraft(
        INCOME_OVERVIEW,
        Map.of("income", " Loon ", "rent", "612,5", "has-digid", " "),
        CATALOGUE,
        day(1));

    assertEquals(
        List.of(new Answer("income", "Loon"), new Answer("rent", "612.50")),
        t.draft(INCOME_OVERVIEW));
    assertEquals(day(1), t.progress(INCOME_OVERVIEW).draftSavedAt());
    assertEquals(ProgressState.OPEN, t.progress(INCOME_OVERVIEW).state());
    assertEquals(List.of(), t.releaseEvents());
  }

  @Test
  void saving_again_replaces_the_draft_and_saving_nothing_removes_it() {
    Trajectory t = inCoaching();
    t.saveDraft(INCOME_OVERVIEW, Map.of("income", "Loon"), CATALOGUE, day(1));

    t.saveDraft(INCOME_OVERVIEW, Map.of("has-digid", "no"), CATALOGUE, day(2));
    assertEquals(List.of(new Answer("has-digid", "no")), t.draft(INCOME_OVERVIEW));

    t.saveDraft(INCOME_OVERVIEW, Map.of(), CATALOGUE, day(3));
    assertFalse(t.progress(INCOME_OVERVIEW).hasDraft());
    assertNull(t.progress(INCOME_OVERVIEW).draftSavedAt());
  }

  @Test
  void a_draft_answer_must_still_fit_its_question() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "answer-does-not-fit-question",
        () -> t.saveDraft(INCOME_OVERVIEW, Map.of("rent", "veel"), CATALOGUE, day(1)));
    assertRefused(
        t,
        "unknown-question",
        () -> t.saveDraft(INCOME_OVERVIEW, Map.of("shoe-size", "42"), CATALOGUE, day(1)));
  }

  @Test
  void handing_in_the_answers_ends_the_draft() {
    Trajectory t = inCoaching();
    t.saveDraft(INCOME_OVERVIEW, Map.of("income", "Loon"), CATALOGUE, day(1));

    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(2));

    assertEquals(List.of(), t.draft(INCOME_OVERVIEW));
    assertNull(t.progress(INCOME_OVERVIEW).draftSavedAt());
  }

  @Test
  void a_draft_for_rework_keeps_the_answers_handed_in_until_the_new_ones_are() {
    Trajectory t = inCoaching();
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    t.requestRework(INCOME_OVERVIEW, "Tel de toeslag mee.", COACH, day(2));

    t.saveDraft(INCOME_OVERVIEW, Map.of("income", "Loon en toeslag"), CATALOGUE, day(3));

    AssignmentProgress progress = t.progress(INCOME_OVERVIEW);
    assertTrue(progress.hasDraft());
    assertEquals(ProgressState.NEEDS_REWORK, progress.state());
    assertEquals("Loon en huurtoeslag", progress.answers().get(0).value());
  }

  @Test
  void a_draft_is_saved_only_where_answers_could_be_handed_in() {
    Trajectory submitted = inCoaching();
    submitted.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    assertRefused(
        submitted,
        "assignment-not-answerable",
        () -> submitted.saveDraft(INCOME_OVERVIEW, Map.of("income", "x"), CATALOGUE, day(1)));

    Trajectory early = inCoaching();
    assertRefused(
        early,
        "assignment-not-yet-available",
        () -> early.saveDraft(BUDGET_PLAN, Map.of("plan-ready", "yes"), CATALOGUE, day(1)));

    Trajectory notYet = inStartConversation();
    assertRefused(
        notYet,
        "not-in-coaching",
        () -> notYet.saveDraft(INCOME_OVERVIEW, Map.of("income", "x"), CATALOGUE, day(-1)));

    Trajectory done = closed();
    assertRefused(
        done,
        "closed-trajectory-is-read-only",
        () -> done.saveDraft(INCOME_OVERVIEW, Map.of("income", "x"), CATALOGUE, day(251)));
  }
}
