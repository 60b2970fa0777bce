package nl.redzaam.adapters.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.screening.SelfAssessment;
import nl.redzaam.domain.screening.Statement;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The self-assessment file shipped with the application, and how broken files are refused. */
class FileSelfAssessmentRepositoryTest {

  private static final String FIXTURES = "catalog-fixtures/self-assessment/";

  private static SelfAssessment shipped() {
    return FileSelfAssessmentRepository.fromClasspath(FileSelfAssessmentRepository.DEFAULT_FILE)
        .current();
  }

  @Test
  void the_shipped_file_loads_as_version_one_of_the_zelfscan_redzaam() {
    SelfAssessment selfAssessment = shipped();

    assertEquals("Zelfscan Redzaam", selfAssessment.name());
    assertEquals(1, selfAssessment.version());
    assertEquals("Zelfscan Redzaam v1", selfAssessment.instrument());
    assertEquals("Helemaal niet waar", selfAssessment.label(1));
    assertEquals("Helemaal waar", selfAssessment.label(5));
    assertEquals(
        "Ik weet hoeveel geld ik elke maand krijg.",
        selfAssessment.statement("inkomsten-bedrag").orElseThrow().text());
  }

  @Test
  void the_shipped_file_has_twenty_to_thirty_statements() {
    int count = shipped().statements().size();

    assertTrue(count >= 20 && count <= 30, count + " statements");
  }

  @Test
  void every_theme_has_at_least_four_statements_in_the_shipped_file() {
    SelfAssessment selfAssessment = shipped();

    for (Theme theme : Theme.values()) {
      assertTrue(selfAssessment.statements(theme).size() >= 4, theme.name());
    }
  }

  @Test
  void every_shipped_statement_is_in_the_first_person_and_ends_with_a_full_stop() {
    for (Statement statement : shipped().statements()) {
      assertTrue(statement.text().startsWith("Ik "), statement.id());
      assertTrue(statement.text().endsWith("."), statement.id());
    }
  }

  @Test
  void the_shipped_self_assessment_scores_a_full_set_of_answers_per_theme() {
    SelfAssessment selfAssessment = shipped();
    Map<String, Integer> answers = new HashMap<>();
    selfAssessment.statements().forEach(s -> answers.put(s.id(), 3));

    ScreeningResult result =
        selfAssessment.score(
            answers,
            ScreeningKind.START,
            new ScreeningId(UUID.randomUUID()),
            LocalDate.of(2026, 2, 2));

    assertEquals(Theme.values().length, result.scores().size());
    assertEquals("3.00", result.score("Voorbereid zijn").orElseThrow().score().toPlainString());
  }

  @Test
  void the_cdi_constructor_reads_the_shipped_file_once() {
    FileSelfAssessmentRepository repository = new FileSelfAssessmentRepository();

    assertEquals(shipped(), repository.current());
    assertSame(repository.current(), repository.current());
  }

  @Test
  void a_missing_file_is_refused() {
    CatalogueFileException e =
        assertThrows(
            CatalogueFileException.class,
            () -> FileSelfAssessmentRepository.fromClasspath(FIXTURES + "nothing-here.json"));

    assertTrue(e.getMessage().contains("not found on the classpath"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file,                          field,                 part of the problem
    "wrong-theme.json,                statements[3].theme,   'INKOMSTEN' is not one of",
    "missing-text.json,               statements[5].text,    missing field",
    "unknown-field.json,              remark,                unknown field",
    "four-labels.json,                answerLabels,          must hold 5 labels",
    "duplicate-id.json,               statements[7].id,      used more than once",
    "version-as-text.json,            version,               must be a whole number",
    "theme-with-one-statement.json,   ,                      self-assessment-theme-coverage",
  })
  void a_broken_file_is_refused_with_a_message_naming_the_field(
      String file, String field, String problem) {
    CatalogueFileException e =
        assertThrows(
            CatalogueFileException.class,
            () -> FileSelfAssessmentRepository.fromClasspath(FIXTURES + file));

    assertEquals(FIXTURES + file, e.file());
    assertNull(e.assignment());
    assertEquals(field, e.field());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    if (field != null) {
      assertTrue(e.getMessage().contains("field '" + field + "'"), e.getMessage());
    }
  }
}
