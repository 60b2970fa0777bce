package nl.redzaam.domain.screening;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import org.junit.jupiter.api.Test;

/** The self-assessment: its shape and how a completed one is scored per theme. */
class SelfAssessmentTest {

  private static final List<String> LABELS =
      List.of("Helemaal niet waar", "Niet waar", "Een beetje waar", "Waar", "Helemaal waar");
  private static final ScreeningId ID = new ScreeningId(UUID.randomUUID());
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  /** {@code perTheme} statements for every theme, with ids like "income-1". */
  static List<Statement> statements(int perTheme) {
    List<Statement> statements = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      for (int i = 1; i <= perTheme; i++) {
        statements.add(
            new Statement(
                theme.name().toLowerCase().replace('_', '-') + "-" + i,
                "Ik vind " + theme.dutchName() + " punt " + i + " waar.",
                theme));
      }
    }
    return statements;
  }

  static SelfAssessment selfAssessment() {
    return new SelfAssessment("Zelfscan Redzaam", 1, LABELS, statements(4));
  }

  static Map<String, Integer> allAnswered(SelfAssessment selfAssessment, int answer) {
    Map<String, Integer> answers = new HashMap<>();
    selfAssessment.statements().forEach(s -> answers.put(s.id(), answer));
    return answers;
  }

  @Test
  void a_self_assessment_has_a_name_a_version_five_answer_labels_and_its_statements() {
    SelfAssessment selfAssessment = selfAssessment();

    assertEquals("Zelfscan Redzaam v1", selfAssessment.instrument());
    assertEquals(20, selfAssessment.statements().size());
    assertEquals(4, selfAssessment.statements(Theme.BEING_PREPARED).size());
    assertEquals("Helemaal niet waar", selfAssessment.label(1));
    assertEquals("Een beetje waar", selfAssessment.label(3));
    assertEquals("Helemaal waar", selfAssessment.label(5));
    assertEquals(Theme.INCOME, selfAssessment.statement("income-2").orElseThrow().theme());
  }

  @Test
  void a_self_assessment_has_at_least_twenty_statements() {
    List<Statement> nineteen = new ArrayList<>(statements(4));
    nineteen.add(new Statement("extra", "Ik heb een extra zin.", Theme.INCOME));
    nineteen.remove(0);
    nineteen.remove(0);

    assertViolates(
        "self-assessment-statement-count",
        () -> new SelfAssessment("Zelfscan Redzaam", 1, LABELS, nineteen));
  }

  @Test
  void a_self_assessment_has_at_most_thirty_statements() {
    assertEquals(30, new SelfAssessment("Zelfscan", 1, LABELS, statements(6)).statements().size());
    List<Statement> thirtyOne = new ArrayList<>(statements(6));
    thirtyOne.add(new Statement("extra", "Ik heb een extra zin.", Theme.INCOME));

    assertViolates(
        "self-assessment-statement-count",
        () -> new SelfAssessment("Zelfscan Redzaam", 1, LABELS, thirtyOne));
  }

  @Test
  void every_theme_has_at_least_four_statements() {
    List<Statement> statements = new ArrayList<>(statements(5));
    statements.removeIf(s -> s.theme() == Theme.SPENDING_RESPONSIBLY && !s.id().endsWith("-1"));
    statements.add(new Statement("extra-1", "Ik heb extra zin een.", Theme.INCOME));
    statements.add(new Statement("extra-2", "Ik heb extra zin twee.", Theme.INCOME));

    var violation =
        assertViolates(
            "self-assessment-theme-coverage",
            () -> new SelfAssessment("Zelfscan Redzaam", 1, LABELS, statements));
    assertTrue(violation.getMessage().contains("Verantwoord besteden"), violation.getMessage());
  }

  @Test
  void statement_ids_are_unique() {
    List<Statement> statements = new ArrayList<>(statements(4));
    statements.set(1, new Statement("income-1", "Ik heb een andere zin.", Theme.INCOME));

    assertViolates(
        "self-assessment-statement-ids-unique",
        () -> new SelfAssessment("Zelfscan Redzaam", 1, LABELS, statements));
  }

  @Test
  void a_statement_is_not_asked_twice() {
    List<Statement> statements = new ArrayList<>(statements(4));
    statements.set(1, new Statement("income-2", statements.get(0).text(), Theme.INCOME));

    assertViolates(
        "self-assessment-statement-texts-unique",
        () -> new SelfAssessment("Zelfscan Redzaam", 1, LABELS, statements));
  }

  @Test
  void the_scale_has_exactly_five_different_labels() {
    assertViolates(
        "self-assessment-five-answer-labels",
        () -> new SelfAssessment("Zelfscan", 1, LABELS.subList(0, 4), statements(4)));
    assertViolates(
        "self-assessment-answer-labels-unique",
        () ->
            new SelfAssessment(
                "Zelfscan", 1, List.of("Waar", "Waar", "Waar", "Waar", "Waar"), statements(4)));
  }

  @Test
  void the_version_is_one_or_more_and_the_name_is_required() {
    assertViolates(
        "self-assessment-version", () -> new SelfAssessment("Zelfscan", 0, LABELS, statements(4)));
    assertViolates("text-required", () -> new SelfAssessment(" ", 1, LABELS, statements(4)));
  }

  @Test
  void a_statement_has_a_kebab_case_id_and_a_text() {
    assertViolates(
        "statement-id-format", () -> new Statement("Income 1", "Ik weet het.", Theme.INCOME));
    assertViolates("text-required", () -> new Statement("income-1", " ", Theme.INCOME));
    assertEquals("Ik weet het.", new Statement("income-1", " Ik weet het. ", Theme.INCOME).text());
  }

  @Test
  void scoring_gives_one_score_per_theme_named_in_dutch_and_averaging_its_answers() {
    SelfAssessment selfAssessment = selfAssessment();
    Map<String, Integer> answers = allAnswered(selfAssessment, 3);
    // Income: 1, 2, 2, 2 -> 1.75
    answers.put("income-1", 1);
    answers.put("income-2", 2);
    answers.put("income-3", 2);
    answers.put("income-4", 2);
    // Being prepared: 5, 5, 4, 4 -> 4.50
    answers.put("being-prepared-1", 5);
    answers.put("being-prepared-2", 5);
    answers.put("being-prepared-3", 4);
    answers.put("being-prepared-4", 4);

    ScreeningResult result = selfAssessment.score(answers, ScreeningKind.START, ID, TODAY);

    assertEquals(ID, result.id());
    assertEquals(ScreeningKind.START, result.kind());
    assertEquals("Zelfscan Redzaam v1", result.instrument());
    assertEquals(TODAY, result.takenOn());
    assertEquals(
        List.of(
            "Inkomsten",
            "Redzaamheid",
            "Geldzaken organiseren",
            "Verantwoord besteden",
            "Voorbereid zijn"),
        result.scores().stream().map(DomainScore::domain).toList());
    assertEquals(new BigDecimal("1.75"), result.score("Inkomsten").orElseThrow().score());
    assertEquals(new BigDecimal("3.00"), result.score("Redzaamheid").orElseThrow().score());
    assertEquals(new BigDecimal("4.50"), result.score("Voorbereid zijn").orElseThrow().score());
  }

  @Test
  void a_theme_average_is_rounded_to_two_decimals() {
    List<Statement> statements = new ArrayList<>(statements(4));
    statements.add(new Statement("income-5", "Ik weet zin vijf.", Theme.INCOME));
    statements.add(new Statement("income-6", "Ik weet zin zes.", Theme.INCOME));
    SelfAssessment selfAssessment = new SelfAssessment("Zelfscan", 1, LABELS, statements);
    Map<String, Integer> answers = allAnswered(selfAssessment, 1);
    answers.put("income-1", 5);
    answers.put("income-2", 5);
    answers.put("income-3", 2);
    answers.put("income-4", 2);

    ScreeningResult result = selfAssessment.score(answers, ScreeningKind.END, ID, TODAY);

    // 5 + 5 + 2 + 2 + 1 + 1 = 16 over 6 statements = 2.666...
    assertEquals(new BigDecimal("2.67"), result.score("Inkomsten").orElseThrow().score());
    assertEquals(new BigDecimal("1.00"), result.score("Redzaamheid").orElseThrow().score());
  }

  @Test
  void every_statement_must_be_answered() {
    SelfAssessment selfAssessment = selfAssessment();
    Map<String, Integer> answers = allAnswered(selfAssessment, 4);
    answers.remove("self-reliance-3");

    var violation =
        assertViolates(
            "self-assessment-answers-complete",
            () -> selfAssessment.score(answers, ScreeningKind.START, ID, TODAY));
    assertTrue(violation.getMessage().contains("self-reliance-3"), violation.getMessage());
  }

  @Test
  void an_answer_without_a_value_counts_as_not_answered() {
    SelfAssessment selfAssessment = selfAssessment();
    Map<String, Integer> answers = allAnswered(selfAssessment, 4);
    answers.put("income-1", null);

    assertViolates(
        "self-assessment-answers-complete",
        () -> selfAssessment.score(answers, ScreeningKind.START, ID, TODAY));
  }

  @Test
  void an_answer_to_an_unknown_statement_is_refused() {
    SelfAssessment selfAssessment = selfAssessment();
    Map<String, Integer> answers = allAnswered(selfAssessment, 4);
    answers.put("income-9", 3);

    var violation =
        assertViolates(
            "self-assessment-answer-unknown-statement",
            () -> selfAssessment.score(answers, ScreeningKind.START, ID, TODAY));
    assertTrue(violation.getMessage().contains("income-9"), violation.getMessage());
  }

  @Test
  void an_answer_is_on_the_scale_of_one_to_five() {
    SelfAssessment selfAssessment = selfAssessment();
    for (int outside : new int[] {0, 6, -1}) {
      Map<String, Integer> answers = allAnswered(selfAssessment, 4);
      answers.put("income-2", outside);

      assertViolates(
          "self-assessment-answer-on-scale",
          () -> selfAssessment.score(answers, ScreeningKind.START, ID, TODAY));
    }
    assertViolates("self-assessment-answer-on-scale", () -> selfAssessment.label(6));
  }
}
