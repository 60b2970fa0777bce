package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue: a published, versioned set of assignments for one trajectory type. */
class CatalogueTest {

  private static final CatalogueId DEBT_V1 = new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1);
  private static final CatalogueId PREVENTION_V1 =
      new CatalogueId(TrajectoryType.FINANCIAL_SUPPORT, 1);

  static AssignmentTemplate assignment(String code, int week, boolean needsSpecialist) {
    return assignment(code, week, List.of(), needsSpecialist, needsSpecialist ? "Helpt." : null);
  }

  static AssignmentTemplate assignment(
      String code,
      int week,
      List<Question> questions,
      boolean needsSpecialist,
      String specialistExpectation) {
    return new AssignmentTemplate(
        new AssignmentCode(code),
        week,
        Theme.INCOME,
        " Toeslagen aanvragen ",
        "Kijk of je recht hebt op toeslagen.",
        null,
        List.of("Log in met DigiD"),
        questions,
        "Kijk mee bij de aanvraag.",
        specialistExpectation,
        needsSpecialist,
        Set.of("digid"),
        List.of());
  }

  static Map<EvaluationKind, List<EvaluationQuestion>> evaluationQuestions() {
    Map<EvaluationKind, List<EvaluationQuestion>> questions = new EnumMap<>(EvaluationKind.class);
    for (EvaluationKind kind : EvaluationKind.values()) {
      questions.put(kind, List.of(new EvaluationQuestion("how", "Hoe gaat het?")));
    }
    return questions;
  }

  private static Catalogue catalogue(CatalogueId id, AssignmentTemplate... assignments) {
    return new Catalogue(id, LocalDate.of(2025, 1, 1), List.of(assignments), evaluationQuestions());
  }

  @Test
  void assignments_are_listed_by_week() {
    Catalogue c =
        catalogue(
            DEBT_V1,
            assignment("SHV-20-1", 20, false),
            assignment("SHV-01-1", 1, false),
            assignment("SHV-05-1", 5, true),
            assignment("SHV-01-2", 1, false));

    assertEquals(
        List.of("SHV-01-1", "SHV-01-2", "SHV-05-1", "SHV-20-1"),
        c.assignments().stream().map(a -> a.code().value()).toList());
    assertEquals(2, c.assignmentsOfWeek(1).size());
    assertEquals(List.of(), c.assignmentsOfWeek(2));
    assertEquals(20, c.lastWeek());
    assertEquals(5, c.assignment(new AssignmentCode("SHV-05-1")).orElseThrow().week());
    assertEquals(Optional.empty(), c.assignment(new AssignmentCode("SHV-99-1")));
    assertThrows(UnsupportedOperationException.class, () -> c.assignments().clear());
  }

  @Test
  void an_empty_catalogue_has_no_last_week() {
    assertEquals(0, catalogue(DEBT_V1).lastWeek());
  }

  @Test
  void catalogue_codes_never_look_like_a_coachs_own_assignment() {
    assertViolates(
        "reserved-assignment-code", () -> catalogue(DEBT_V1, assignment("EIGEN-1", 1, false)));
  }

  @Test
  void assignment_codes_are_unique_within_a_catalogue() {
    assertViolates(
        "assignment-codes-unique",
        () ->
            catalogue(DEBT_V1, assignment("SHV-01-1", 1, false), assignment("SHV-01-1", 2, false)));
  }

  @Test
  void the_prevention_catalogue_has_no_specialist_tasks() {
    assertViolates(
        "prevention-has-no-specialist-tasks",
        () ->
            catalogue(
                PREVENTION_V1, assignment("FH-01-1", 1, false), assignment("FH-02-1", 2, true)));

    assertEquals(1, catalogue(PREVENTION_V1, assignment("FH-01-1", 1, false)).assignments().size());
  }

  @ParameterizedTest
  @EnumSource(
      value = TrajectoryType.class,
      names = {"DEBT_ASSISTANCE", "BUDGET_MANAGEMENT", "PROTECTIVE_ADMINISTRATION"})
  void the_other_catalogues_may_have_specialist_tasks(TrajectoryType type) {
    Catalogue c = catalogue(new CatalogueId(type, 1), assignment("X-01-1", 1, true));

    assertTrue(c.assignments().get(0).needsSpecialist());
  }

  @ParameterizedTest
  @EnumSource(EvaluationKind.class)
  void every_evaluation_kind_has_questions(EvaluationKind missing) {
    Map<EvaluationKind, List<EvaluationQuestion>> questions = evaluationQuestions();
    questions.remove(missing);

    assertViolates(
        "evaluation-needs-questions",
        () -> new Catalogue(DEBT_V1, LocalDate.of(2025, 1, 1), List.of(), questions));

    questions.put(missing, List.of());
    assertViolates(
        "evaluation-needs-questions",
        () -> new Catalogue(DEBT_V1, LocalDate.of(2025, 1, 1), List.of(), questions));
  }

  @Test
  void a_catalogue_keeps_the_questions_of_each_evaluation() {
    Catalogue c = catalogue(DEBT_V1);

    assertEquals(
        List.of(new EvaluationQuestion("how", "Hoe gaat het?")),
        c.evaluationQuestions(EvaluationKind.MID));
    assertEquals(LocalDate.of(2025, 1, 1), c.publishedOn());
    assertEquals(DEBT_V1, c.id());
  }

  @Test
  void a_catalogue_version_counts_from_one() {
    assertThrows(
        IllegalArgumentException.class, () -> new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 0));
    assertEquals(
        "DEBT_ASSISTANCE v2", new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 2).toString());
  }
}
