package nl.redzaam.application.trajectory.notes;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.UUID;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.TrajectoryWorkTest;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.Note;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import org.junit.jupiter.api.Test;

class NotesUseCasesTest extends TrajectoryWorkTest {

  private LeaveNote leaveNote() {
    return new LeaveNote(changes(), ids);
  }

  private ReplyToNote replyToNote() {
    return new ReplyToNote(changes());
  }

  private ListNotes listNotes() {
    return new ListNotes(currentUser, access);
  }

  private NoteId residentLeavesNote(String text) {
    actingAs(resident());
    return leaveNote().execute(new LeaveNote.Command(trajectory.id(), WEEK_ONE, text));
  }

  private ListNotes.NotesPage list(boolean onlyAwaitingReply, int page, int pageSize) {
    return listNotes()
        .execute(new ListNotes.Query(trajectory.id(), null, onlyAwaitingReply, page, pageSize));
  }

  @Test
  void the_resident_leaves_a_note_that_is_stored_and_announced() {
    NoteId id = residentLeavesNote("Ik snap vraag 2 niet.");

    Note note = trajectory.notes().get(0);
    assertEquals(id, note.id());
    assertEquals("Ik snap vraag 2 niet.", note.text());
    assertTrue(note.awaitsReply());
    verify(trajectories).update(trajectory);
    verify(notifications)
        .happened(List.of(new TrajectoryEvent.NoteLeft(trajectory.id(), id, clock.now())));
  }

  @Test
  void only_the_resident_leaves_notes() {
    LeaveNote.Command command = new LeaveNote.Command(trajectory.id(), WEEK_ONE, "Hulp");
    for (var actor : List.of(coach(), standIn(), specialist(), supportWorker())) {
      assertForbidden(actor, () -> leaveNote().execute(command));
    }
    assertNotFound(coachOfAnotherMunicipality(), () -> leaveNote().execute(command));
  }

  @Test
  void a_note_on_an_unknown_assignment_breaks_a_rule() {
    actingAs(resident());

    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                leaveNote()
                    .execute(
                        new LeaveNote.Command(trajectory.id(), new AssignmentCode("X-1"), "Hulp")));
    assertEquals("unknown-assignment", refused.rule());
    verify(trajectories, never()).update(any());
  }

  @Test
  void the_coach_a_stand_in_and_the_specialist_reply_to_a_note() {
    NoteId id = residentLeavesNote("Ik snap vraag 2 niet.");

    actingAs(coach());
    replyToNote().execute(new ReplyToNote.Command(trajectory.id(), id, "Ik bel je morgen."));
    actingAs(standIn());
    replyToNote().execute(new ReplyToNote.Command(trajectory.id(), id, "Ik neem het over."));
    actingAs(specialist());
    replyToNote().execute(new ReplyToNote.Command(trajectory.id(), id, "Stuur de brief op."));

    Note note = trajectory.notes().get(0);
    assertEquals(
        List.of(COACH, STAND_IN, SPECIALIST),
        note.replies().stream().map(r -> r.author()).toList());
    assertFalse(note.awaitsReply());
    verify(notifications)
        .happened(
            List.of(new TrajectoryEvent.NoteAnswered(trajectory.id(), id, COACH, clock.now())));
  }

  @Test
  void the_resident_and_a_support_worker_do_not_reply_and_another_municipality_finds_nothing() {
    NoteId id = residentLeavesNote("Hulp");
    ReplyToNote.Command command = new ReplyToNote.Command(trajectory.id(), id, "Antwoord");

    assertForbidden(resident(), () -> replyToNote().execute(command));
    assertForbidden(supportWorker(), () -> replyToNote().execute(command));
    assertNotFound(coachOfAnotherMunicipality(), () -> replyToNote().execute(command));
  }

  @Test
  void a_reply_to_a_note_that_does_not_exist_is_not_found() {
    actingAs(coach());

    assertThrows(
        NotFound.class,
        () ->
            replyToNote()
                .execute(
                    new ReplyToNote.Command(
                        trajectory.id(), new NoteId(UUID.randomUUID()), "Antwoord")));
    verify(trajectories, never()).update(any());
  }

  @Test
  void everyone_who_may_view_lists_the_notes_newest_first_with_replies() {
    residentLeavesNote("Eerste");
    NoteId second = residentLeavesNote("Tweede");
    actingAs(coach());
    replyToNote().execute(new ReplyToNote.Command(trajectory.id(), second, "Goed zo."));

    for (var actor : List.of(resident(), coach(), standIn(), specialist(), supportWorker())) {
      actingAs(actor);
      ListNotes.NotesPage page = list(false, 1, 20);
      assertEquals(List.of("Tweede", "Eerste"), page.items().stream().map(Note::text).toList());
      assertEquals(1, page.items().get(0).replies().size());
      assertEquals(2, page.totalItems());
    }
    assertNotFound(coachOfAnotherMunicipality(), () -> list(false, 1, 20));
  }

  @Test
  void notes_are_paged_and_can_be_limited_to_those_awaiting_a_reply() {
    for (int i = 1; i <= 5; i++) {
      residentLeavesNote("Notitie " + i);
    }
    actingAs(coach());
    replyToNote()
        .execute(
            new ReplyToNote.Command(trajectory.id(), trajectory.notes().get(0).id(), "Gezien."));

    ListNotes.NotesPage second = list(false, 2, 2);
    ListNotes.NotesPage beyond = list(false, 4, 2);
    ListNotes.NotesPage waiting = list(true, 1, 20);

    assertEquals(2, second.items().size());
    assertEquals(5, second.totalItems());
    assertEquals(List.of(), beyond.items());
    assertEquals(4, waiting.totalItems());
    assertTrue(waiting.items().stream().allMatch(Note::awaitsReply));
  }

  @Test
  void a_page_counts_from_one_and_holds_at_most_a_hundred() {
    assertThrows(
        RuleViolation.class, () -> new ListNotes.Query(trajectory.id(), null, false, 0, 20));
    assertThrows(
        RuleViolation.class, () -> new ListNotes.Query(trajectory.id(), null, false, 1, 101));
  }

  @Test
  void one_note_is_read_by_whoever_may_view_and_an_unknown_one_is_not_found() {
    NoteId id = residentLeavesNote("Hulp");
    ReadNote readNote = new ReadNote(currentUser, access);

    actingAs(supportWorker());
    assertEquals("Hulp", readNote.execute(new ReadNote.Query(trajectory.id(), id)).text());
    assertThrows(
        NotFound.class,
        () -> readNote.execute(new ReadNote.Query(trajectory.id(), new NoteId(UUID.randomUUID()))));
    assertNotFound(
        coachOfAnotherMunicipality(),
        () -> readNote.execute(new ReadNote.Query(trajectory.id(), id)));
  }
}
