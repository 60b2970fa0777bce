package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.STRANGER;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.catalogue;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.TrajectoryEvent.NoteAnswered;
import nl.redzaam.domain.trajectory.TrajectoryEvent.NoteLeft;
import org.junit.jupiter.api.Test;

/** The resident leaves notes on assignments; coach and specialist reply. */
class NotesTest {

  private static final NoteId NOTE = new NoteId(uuid(200));

  private static Trajectory withNote() {
    Trajectory t = inCoaching();
    t.leaveNote(NOTE, INCOME_OVERVIEW, "Ik snap vraag 2 niet.", CATALOGUE, day(1));
    t.releaseEvents();
    return t;
  }

  @Test
  void the_resident_leaves_a_note_on_an_assignment_that_awaits_a_reply() {
    Trajectory t = inCoaching();

    t.leaveNote(NOTE, INCOME_OVERVIEW, "  Ik snap vraag 2 niet. ", CATALOGUE, day(1));

    Note note = t.notes().get(0);
    assertEquals(INCOME_OVERVIEW, note.assignment());
    assertEquals("Ik snap vraag 2 niet.", note.text());
    assertEquals(day(1), note.writtenAt());
    assertTrue(note.awaitsReply());
    assertEquals(List.of(new NoteLeft(TRAJECTORY, NOTE, day(1))), t.releaseEvents());
  }

  @Test
  void a_note_belongs_to_an_assignment_of_this_trajectory() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "unknown-assignment",
        () -> t.leaveNote(NOTE, new AssignmentCode("X-1"), "Help", CATALOGUE, day(1)));
    assertRefused(
        t,
        "wrong-catalogue",
        () ->
            t.leaveNote(
                NOTE,
                INCOME_OVERVIEW,
                "Help",
                catalogue(TrajectoryType.BUDGET_MANAGEMENT, 1),
                day(1)));
  }

  @Test
  void a_note_is_not_empty() {
    Trajectory t = inCoaching();

    assertRefused(
        t, "text-required", () -> t.leaveNote(NOTE, INCOME_OVERVIEW, "  ", CATALOGUE, day(1)));
  }

  @Test
  void a_note_is_at_most_four_thousand_characters() {
    Trajectory t = inCoaching();

    assertRefused(
        t,
        "text-too-long",
        () -> t.leaveNote(NOTE, INCOME_OVERVIEW, "a".repeat(4001), CATALOGUE, day(1)));
    t.leaveNote(NOTE, INCOME_OVERVIEW, "a".repeat(4000), CATALOGUE, day(1));
  }

  @Test
  void a_note_id_is_used_once() {
    Trajectory t = withNote();

    assertRefused(
        t,
        "duplicate-note",
        () -> t.leaveNote(NOTE, INCOME_OVERVIEW, "Nog een vraag", CATALOGUE, day(2)));
  }

  @Test
  void coach_and_specialist_reply_to_a_note() {
    Trajectory t = withNote();

    t.replyToNote(NOTE, "Bel me even.", COACH, day(2));
    t.replyToNote(NOTE, " Ik help met de brief. ", SPECIALIST, day(3));

    Note note = t.notes().get(0);
    assertFalse(note.awaitsReply());
    assertEquals(
        List.of(
            new NoteReply(COACH, "Bel me even.", day(2)),
            new NoteReply(SPECIALIST, "Ik help met de brief.", day(3))),
        note.replies());
    assertEquals(
        List.of(
            new NoteAnswered(TRAJECTORY, NOTE, COACH, day(2)),
            new NoteAnswered(TRAJECTORY, NOTE, SPECIALIST, day(3))),
        t.releaseEvents());
  }

  @Test
  void a_coach_standing_in_for_a_colleague_replies_to_a_note() {
    Trajectory t = withNote();

    t.acceptStandIn(STRANGER);
    t.replyToNote(NOTE, "Ik help je, je coach is op vakantie.", STRANGER, day(2));

    assertFalse(t.notes().get(0).awaitsReply());
  }

  @Test
  void only_the_trajectorys_coaches_and_specialists_reply_to_notes() {
    Trajectory t = withNote();

    assertRefused(t, "not-a-participant", () -> t.replyToNote(NOTE, "Hallo", STRANGER, day(2)));
  }

  @Test
  void a_reply_goes_to_an_existing_note() {
    Trajectory t = withNote();

    assertRefused(
        t, "unknown-note", () -> t.replyToNote(new NoteId(uuid(201)), "Hallo", COACH, day(2)));
  }

  @Test
  void a_reply_is_not_empty() {
    Trajectory t = withNote();

    assertRefused(t, "text-required", () -> t.replyToNote(NOTE, "", COACH, day(2)));
  }
}
