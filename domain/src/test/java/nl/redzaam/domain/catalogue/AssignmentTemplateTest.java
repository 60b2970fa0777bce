package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static nl.redzaam.domain.catalogue.CatalogueTest.assignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Assignments, their codes and their questions. */
class AssignmentTemplateTest {

  private static Question question(String id, AnswerType type) {
    return new Question(id, "Vraag?", type, List.of(), true);
  }

  // ------------------------------------------------------------------ assignment

  @Test
  void an_assignments_week_counts_from_one() {
    assertViolates("week-counts-from-one", () -> assignment("SHV-00-1", 0, false));
    assertEquals(1, assignment("SHV-01-1", 1, false).week());
  }

  @Test
  void question_ids_are_unique_within_an_assignment() {
    assertViolates(
        "question-ids-unique",
        () ->
            assignment(
                "SHV-01-1",
                1,
                List.of(
                    question("rent", AnswerType.AMOUNT), question("rent", AnswerType.FREE_TEXT)),
                false,
                null));
  }

  @Test
  void an_assignment_that_needs_the_specialist_says_what_the_specialist_does() {
    assertViolates(
        "specialist-task-described", () -> assignment("SHV-02-1", 2, List.of(), true, null));
    assertViolates(
        "specialist-task-described", () -> assignment("SHV-02-1", 2, List.of(), true, "  "));
    assertEquals(
        "Zet de uitkering om.",
        assignment("SHV-02-1", 2, List.of(), true, " Zet de uitkering om. ")
            .specialistExpectation());
  }

  @Test
  void an_assignment_without_the_specialist_may_still_mention_them() {
    AssignmentTemplate a = assignment("SHV-02-1", 2, List.of(), false, "Mag meekijken.");

    assertEquals("Mag meekijken.", a.specialistExpectation());
  }

  @Test
  void an_assignment_has_a_title_an_instruction_and_what_the_coach_does() {
    AssignmentTemplate a = assignment("SHV-01-1", 1, false);

    assertEquals("Toeslagen aanvragen", a.title());
    assertNull(a.whyItMatters());
    assertViolates(
        "text-required",
        () ->
            new AssignmentTemplate(
                new AssignmentCode("SHV-01-1"),
                1,
                a.theme(),
                a.title(),
                a.instruction(),
                null,
                List.of(),
                List.of(),
                " ",
                null,
                false,
                a.tags(),
                a.links()));
  }

  // ------------------------------------------------------------------ codes

  @ParameterizedTest
  @ValueSource(strings = {"SHV-05-2", "bb_01", "EIGEN-1", "A"})
  void an_assignment_code_is_letters_digits_dashes_and_underscores(String code) {
    assertEquals(code, new AssignmentCode(code).toString());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "-SHV", "SHV 05", "SHV/05", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDE"})
  void any_other_assignment_code_is_refused(String code) {
    assertViolates("invalid-assignment-code", () -> new AssignmentCode(code));
  }

  // ------------------------------------------------------------------ questions

  @Test
  void a_choice_question_offers_at_least_two_different_options() {
    assertViolates(
        "choice-needs-options",
        () -> new Question("how", "Hoe?", AnswerType.CHOICE, List.of("per week"), true));
    assertViolates(
        "choice-needs-options",
        () -> new Question("how", "Hoe?", AnswerType.CHOICE, List.of("a", "a"), true));
    assertEquals(
        List.of("a", "b"),
        new Question("how", "Hoe?", AnswerType.CHOICE, List.of("a", "b"), true).options());
  }

  @Test
  void a_choice_option_is_a_short_text() {
    assertViolates(
        "text-required",
        () -> new Question("how", "Hoe?", AnswerType.CHOICE, List.of("a", " "), true));
    assertViolates(
        "text-too-long",
        () -> new Question("how", "Hoe?", AnswerType.CHOICE, List.of("a", "b".repeat(201)), true));
  }

  @ParameterizedTest
  @EnumSource(
      value = AnswerType.class,
      names = {"FREE_TEXT", "YES_NO", "AMOUNT", "DATE"})
  void only_a_choice_question_has_options(AnswerType type) {
    assertViolates(
        "only-choice-has-options",
        () -> new Question("how", "Hoe?", type, List.of("a", "b"), true));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "Rent", "rent amount", "-rent", "a1234567890123456789012345678901234567890"})
  void a_question_id_is_lower_case_letters_digits_and_dashes(String id) {
    assertViolates(
        "invalid-question-id",
        () -> new Question(id, "Vraag?", AnswerType.YES_NO, List.of(), true));
    assertViolates("invalid-question-id", () -> new EvaluationQuestion(id, "Vraag?"));
  }

  @Test
  void a_question_has_a_text() {
    assertViolates(
        "text-required", () -> new Question("rent", " ", AnswerType.AMOUNT, List.of(), true));
    assertViolates("text-required", () -> new EvaluationQuestion("how", ""));
  }
}
