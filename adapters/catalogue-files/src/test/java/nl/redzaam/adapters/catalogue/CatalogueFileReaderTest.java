package nl.redzaam.adapters.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueFileReaderTest {

  private static final String BROKEN = "catalog-fixtures/broken/";

  @Test
  void readsEveryFieldOfAFile() {
    Catalogue catalogue = read("catalog-fixtures/two-versions/debt-assistance-v1.json");

    assertEquals(new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1), catalogue.id());
    assertEquals(LocalDate.of(2026, 1, 5), catalogue.publishedOn());
    assertEquals(
        "Wat is je doel?", catalogue.evaluationQuestions(EvaluationKind.START).get(0).text());
    assertEquals("vervolg", catalogue.evaluationQuestions(EvaluationKind.FINAL).get(0).id());

    AssignmentTemplate first = catalogue.assignment(new AssignmentCode("SHV-01-1")).orElseThrow();
    assertEquals(1, first.week());
    assertEquals(Theme.INCOME, first.theme());
    assertEquals("Testopdracht SHV-01-1", first.title());
    assertEquals("Dit is een korte opdracht om te testen.", first.instruction());
    assertEquals("Zo weten we dat het lezen werkt.", first.whyItMatters());
    assertEquals(List.of("Lees de opdracht.", "Geef antwoord."), first.steps());
    assertEquals(
        List.of(new Question("bedrag", "Hoeveel is het?", AnswerType.AMOUNT, List.of(), true)),
        first.questions());
    assertEquals("Bekijkt het antwoord.", first.coachExpectation());
    assertNull(first.specialistExpectation());
    assertFalse(first.needsSpecialist());
    assertEquals(Set.of("internetbankieren"), first.tags());
    assertEquals(List.of(URI.create("https://www.digid.nl")), first.links());

    AssignmentTemplate second = catalogue.assignment(new AssignmentCode("SHV-01-2")).orElseThrow();
    assertTrue(second.needsSpecialist());
    assertEquals("Deelt de brieven.", second.specialistExpectation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file,                      assignment, field,                        part of the problem
    "unknown-field.json,          SHV-01-2,   remark,                       unknown field",
    "missing-field.json,          SHV-01-2,   coachExpectation,             missing field",
    "wrong-answer-type.json,      SHV-01-1,   questions[0].type,"
        + "            'NUMBER' is not one of FREE_TEXT, YES_NO, CHOICE, AMOUNT, DATE",
    "wrong-theme.json,            SHV-01-2,   theme,                        'INKOMSTEN' is not one of",
    "wrong-type-name.json,        ,           type,                         'DEBT_HELP' is not one of",
    "week-as-text.json,           SHV-01-2,   week,                         must be a whole number",
    "flag-as-text.json,           SHV-01-1,   needsSpecialist,              must be true or false",
    "wrong-evaluation-kind.json,  ,           evaluationQuestions.HALFWAY,  unknown field",
    "choice-with-one-option.json, SHV-01-1,   questions[0],                 choice-needs-options",
    "duplicate-code.json,         SHV-01-1,   code,                         more than one assignment",
    "insecure-link.json,          SHV-01-1,   links[0],                     not an https address",
  })
  void refusesAFileThatDoesNotFitTheFormat(
      String file, String assignment, String field, String problem) {
    CatalogueFileException e =
        assertThrows(CatalogueFileException.class, () -> read(BROKEN + file));

    assertEquals(BROKEN + file, e.file());
    assertEquals(assignment, e.assignment());
    assertEquals(field, e.field());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().startsWith("Catalogue file " + BROKEN + file), e.getMessage());
    assertTrue(e.getMessage().contains("field '" + field + "'"), e.getMessage());
    if (assignment != null) {
      assertTrue(e.getMessage().contains("assignment " + assignment), e.getMessage());
    }
  }

  @Test
  void refusesAPreventionCatalogueWithASpecialistTask() {
    CatalogueFileException e =
        assertThrows(
            CatalogueFileException.class, () -> read(BROKEN + "prevention-with-specialist.json"));

    assertEquals("FH-01-2", e.assignment());
    assertEquals("needsSpecialist", e.field());
    assertTrue(
        e.getMessage().contains("financiële hulpverlening has no assignments for a specialist"),
        e.getMessage());
  }

  @Test
  void reportsTheBrokenDomainRule() {
    CatalogueFileException e =
        assertThrows(
            CatalogueFileException.class, () -> read(BROKEN + "choice-with-one-option.json"));

    RuleViolation cause = assertInstanceOf(RuleViolation.class, e.getCause());
    assertEquals("choice-needs-options", cause.rule());
  }

  @Test
  void refusesTextThatIsNotJson() {
    CatalogueFileException e =
        assertThrows(CatalogueFileException.class, () -> read(BROKEN + "not-json.json"));

    assertEquals(BROKEN + "not-json.json", e.file());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void refusesAKeyThatAppearsTwice() {
    CatalogueFileException e =
        assertThrows(CatalogueFileException.class, () -> read(BROKEN + "duplicate-key.json"));

    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("version"), e.getMessage());
  }

  private static Catalogue read(String resource) {
    try (InputStream in =
        CatalogueFileReaderTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      return CatalogueFileReader.read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
