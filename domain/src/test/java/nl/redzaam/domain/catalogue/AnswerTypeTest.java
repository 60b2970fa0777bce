package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers travel as text; each answer type checks the text and gives its canonical form. */
class AnswerTypeTest {

  private static final List<String> NO_OPTIONS = List.of();
  private static final List<String> FREQUENCIES = List.of("per week", "per maand");

  private static void assertDoesNotFit(AnswerType type, String raw, List<String> options) {
    assertViolates("answer-does-not-fit-question", () -> type.normalise(raw, options));
  }

  @ParameterizedTest
  @EnumSource(AnswerType.class)
  void no_answer_type_accepts_an_empty_answer(AnswerType type) {
    assertDoesNotFit(type, null, FREQUENCIES);
    assertDoesNotFit(type, "", FREQUENCIES);
    assertDoesNotFit(type, "  \t", FREQUENCIES);
  }

  // ------------------------------------------------------------------ free text

  @Test
  void a_free_text_answer_is_trimmed() {
    assertEquals(
        "Ik betaal eerst de huur.",
        AnswerType.FREE_TEXT.normalise("  Ik betaal eerst de huur.\n", NO_OPTIONS));
  }

  @Test
  void a_free_text_answer_is_at_most_four_thousand_characters() {
    assertEquals(4000, AnswerType.FREE_TEXT.normalise("a".repeat(4000), NO_OPTIONS).length());
    assertDoesNotFit(AnswerType.FREE_TEXT, "a".repeat(4001), NO_OPTIONS);
  }

  // ------------------------------------------------------------------ yes / no

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", " yes "})
  void a_yes_no_answer_is_yes_or_no(String raw) {
    assertEquals(raw.strip(), AnswerType.YES_NO.normalise(raw, NO_OPTIONS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "nee", "YES", "No", "y", "true", "misschien"})
  void any_other_yes_no_answer_does_not_fit(String raw) {
    assertDoesNotFit(AnswerType.YES_NO, raw, NO_OPTIONS);
  }

  // ------------------------------------------------------------------ choice

  @Test
  void a_choice_answer_is_one_of_the_options() {
    assertEquals("per maand", AnswerType.CHOICE.normalise(" per maand ", FREQUENCIES));
  }

  @ParameterizedTest
  @ValueSource(strings = {"per jaar", "Per maand", "maand"})
  void a_choice_answer_outside_the_options_does_not_fit(String raw) {
    assertDoesNotFit(AnswerType.CHOICE, raw, FREQUENCIES);
  }

  // ------------------------------------------------------------------ amount

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12,50|12.50",
        "12.50|12.50",
        "12,5|12.50",
        "12.5|12.50",
        "12|12.00",
        "0|0.00",
        "0,05|0.05",
        "' 612,50 '|612.50",
        "999999999.99|999999999.99",
        "1234567,8|1234567.80"
      })
  void an_amount_is_written_with_a_comma_or_a_dot_and_kept_with_two_decimals(
      String raw, String canonical) {
    assertEquals(canonical, AnswerType.AMOUNT.normalise(raw, NO_OPTIONS));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-1",
        "-0,01",
        "12,345",
        "12.345",
        "1.234,56",
        "1,234.56",
        "twaalf",
        "12 euro",
        "€12",
        "1000000000",
        "NaN",
        "Infinity",
        "1e3",
        "+5",
        "12,",
        ".5"
      })
  void an_amount_is_zero_or_more_in_euros_with_at_most_two_decimals(String raw) {
    assertDoesNotFit(AnswerType.AMOUNT, raw, NO_OPTIONS);
  }

  // ------------------------------------------------------------------ date

  @ParameterizedTest
  @CsvSource({"2025-03-31,2025-03-31", "' 2024-02-29 ',2024-02-29"})
  void a_date_is_written_as_year_month_day(String raw, String canonical) {
    assertEquals(canonical, AnswerType.DATE.normalise(raw, NO_OPTIONS));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"31-03-2025", "2025/03/31", "2025-3-31", "2025-02-30", "2025-13-01", "morgen"})
  void any_other_date_does_not_fit(String raw) {
    assertDoesNotFit(AnswerType.DATE, raw, NO_OPTIONS);
  }

  @Test
  void a_question_normalises_with_its_own_type_and_options() {
    Question question =
        new Question("paid-how", "Per week of per maand?", AnswerType.CHOICE, FREQUENCIES, true);

    assertEquals("per week", question.normalise("per week"));
    assertViolates("answer-does-not-fit-question", () -> question.normalise("per dag"));
  }
}
