package nl.redzaam.application.trajectory.weeklywork;

import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.TrajectoryWorkTest;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.Answer;
import nl.redzaam.domain.trajectory.ProgressState;
import org.junit.jupiter.api.Test;

class DraftAnswersUseCasesTest extends TrajectoryWorkTest {

  private SaveDraftAnswers saveDraft() {
    return new SaveDraftAnswers(changes());
  }

  private ReadDraftAnswers readDraft() {
    return new ReadDraftAnswers(currentUser, access, catalogues);
  }

  private SaveDraftAnswers.Command draft(String amount) {
    return new SaveDraftAnswers.Command(trajectory.id(), WEEK_ONE, Map.of("bedrag", amount));
  }

  private ReadDraftAnswers.Query query() {
    return new ReadDraftAnswers.Query(trajectory.id(), WEEK_ONE);
  }

  @Test
  void the_resident_saves_a_draft_and_reads_it_back_without_anyone_being_told() {
    actingAs(resident());

    saveDraft().execute(draft("12,5"));
    ReadDraftAnswers.Draft read = readDraft().execute(query());

    assertEquals(List.of(new Answer("bedrag", "12.50")), read.answers());
    assertEquals(clock.now(), read.savedAt());
    assertEquals(ProgressState.OPEN, trajectory.progress(WEEK_ONE).state());
    verify(trajectories).update(trajectory);
    verify(notifications, never()).happened(any());
  }

  @Test
  void without_a_draft_the_resident_reads_an_empty_one() {
    actingAs(resident());

    ReadDraftAnswers.Draft read = readDraft().execute(query());

    assertEquals(List.of(), read.answers());
    assertNull(read.savedAt());
  }

  @Test
  void submitting_the_answers_clears_the_draft() {
    actingAs(resident());
    saveDraft().execute(draft("10"));

    new SubmitAnswers(changes())
        .execute(new SubmitAnswers.Command(trajectory.id(), WEEK_ONE, Map.of("bedrag", "11")));

    assertEquals(List.of(), readDraft().execute(query()).answers());
  }

  @Test
  void a_draft_answer_that_does_not_fit_its_question_is_refused() {
    actingAs(resident());

    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> saveDraft().execute(draft("veel")));
    assertEquals("answer-does-not-fit-question", refused.rule());
    verify(trajectories, never()).update(any());
  }

  @Test
  void nobody_but_the_resident_saves_or_reads_a_draft() {
    for (var actor : List.of(coach(), standIn(), specialist(), supportWorker())) {
      assertForbidden(actor, () -> saveDraft().execute(draft("10")));
      assertForbidden(actor, () -> readDraft().execute(query()));
    }
    assertNotFound(coachOfAnotherMunicipality(), () -> saveDraft().execute(draft("10")));
    assertNotFound(coachOfAnotherMunicipality(), () -> readDraft().execute(query()));
  }

  @Test
  void the_draft_of_an_unknown_assignment_is_not_found() {
    actingAs(resident());

    assertThrows(
        NotFound.class,
        () ->
            readDraft()
                .execute(new ReadDraftAnswers.Query(trajectory.id(), new AssignmentCode("X-1"))));
  }
}
