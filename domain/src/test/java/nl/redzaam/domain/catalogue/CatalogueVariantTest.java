package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import org.junit.jupiter.api.Test;

/** A municipality's variant of a national catalogue. */
class CatalogueVariantTest {

  private static final MunicipalityId UTRECHT = new MunicipalityId(UUID.randomUUID());
  private static final CatalogueId DEBT_V1 = new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1);
  private static final CatalogueId UTRECHT_V1 =
      new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1, UTRECHT);
  private static final String HARD =
      "Overeenkomstig de toepasselijke wettelijke bepalingen dient de belanghebbende onverwijld"
          + " zorg te dragen voor de volledige inventarisatie van alle openstaande"
          + " betalingsverplichtingen jegens schuldeisers en overheidsinstanties.";

  private static AssignmentTemplate template(String code, int week, Theme theme) {
    return new AssignmentTemplate(
        new AssignmentCode(code),
        week,
        theme,
        "Post openen",
        "Open je post elke week.",
        null,
        List.of("Pak je post"),
        List.of(),
        "Kijk mee.",
        null,
        false,
        Set.of(),
        List.of());
  }

  private static Catalogue national() {
    return new Catalogue(
        DEBT_V1,
        LocalDate.of(2026, 1, 1),
        List.of(
            template("SHV-01-1", 1, Theme.INCOME),
            template("SHV-05-1", 5, Theme.SELF_RELIANCE),
            template("SHV-17-1", 17, Theme.ORGANISING_MONEY_MATTERS),
            template("SHV-19-1", 19, Theme.SPENDING_RESPONSIBLY),
            template("SHV-30-1", 30, Theme.BEING_PREPARED)),
        CatalogueTest.evaluationQuestions());
  }

  private static Catalogue apply(Tailoring... tailorings) {
    return new CatalogueVariant(UTRECHT_V1, DEBT_V1, LocalDate.of(2026, 2, 1), List.of(tailorings))
        .applyTo(national());
  }

  private static AssignmentCode code(String value) {
    return new AssignmentCode(value);
  }

  @Test
  void without_tailorings_the_variant_has_the_national_assignments_under_its_own_id() {
    Catalogue tailored = apply();
    assertEquals(UTRECHT_V1, tailored.id());
    assertEquals(national().assignments(), tailored.assignments());
    assertEquals(LocalDate.of(2026, 2, 1), tailored.publishedOn());
  }

  @Test
  void hides_moves_rewords_and_adds() {
    Catalogue tailored =
        apply(
            new Tailoring.Hide(code("SHV-05-1")),
            new Tailoring.Move(code("SHV-01-1"), 3),
            new Tailoring.Reword(code("SHV-19-1"), "Boodschappen plannen", null),
            new Tailoring.Add(
                code("UTR-02-1"),
                2,
                Theme.INCOME,
                "Langs bij het Geldcafé",
                "Ga een keer langs bij het Geldcafé in de wijk.",
                List.of(
                    new Question(
                        "wanneer", "Wanneer ging je?", AnswerType.DATE, List.of(), true))));
    assertTrue(tailored.assignment(code("SHV-05-1")).isEmpty());
    assertEquals(3, tailored.assignment(code("SHV-01-1")).orElseThrow().week());
    AssignmentTemplate reworded = tailored.assignment(code("SHV-19-1")).orElseThrow();
    assertEquals("Boodschappen plannen", reworded.title());
    assertEquals("Open je post elke week.", reworded.instruction());
    AssignmentTemplate own = tailored.assignment(code("UTR-02-1")).orElseThrow();
    assertEquals(2, own.week());
    assertEquals(1, own.questions().size());
    assertEquals(
        List.of("UTR-02-1", "SHV-01-1", "SHV-17-1", "SHV-19-1", "SHV-30-1"),
        tailored.assignments().stream().map(a -> a.code().value()).toList());
  }

  @Test
  void the_b1_gate_refuses_a_hard_text() {
    assertViolates("text-above-b1", () -> new Tailoring.Reword(code("SHV-01-1"), null, HARD));
    assertViolates(
        "text-above-b1",
        () -> new Tailoring.Add(code("UTR-02-1"), 2, Theme.INCOME, "Post", HARD, List.of()));
  }

  @Test
  void a_move_stays_within_the_catalogue_and_its_part() {
    // Part one runs from week 1 to 17 in this catalogue, part two from 19 to 30.
    assertViolates("week-outside-part", () -> apply(new Tailoring.Move(code("SHV-30-1"), 31)));
    assertViolates("week-outside-part", () -> apply(new Tailoring.Move(code("SHV-05-1"), 19)));
    assertViolates("week-outside-part", () -> apply(new Tailoring.Move(code("SHV-19-1"), 17)));
    assertViolates("week-counts-from-one", () -> new Tailoring.Move(code("SHV-01-1"), 0));
    assertEquals(
        17,
        apply(new Tailoring.Move(code("SHV-05-1"), 17)).assignment(code("SHV-05-1")).get().week());
  }

  @Test
  void tailorings_must_fit_the_base() {
    assertViolates(
        "assignment-not-in-catalogue", () -> apply(new Tailoring.Hide(code("SHV-99-1"))));
    assertViolates(
        "assignment-codes-unique",
        () ->
            apply(
                new Tailoring.Add(
                    code("SHV-01-1"), 2, Theme.INCOME, "Post", "Open je post.", List.of())));
    assertViolates(
        "one-tailoring-per-assignment",
        () -> apply(new Tailoring.Hide(code("SHV-01-1")), new Tailoring.Move(code("SHV-01-1"), 2)));
    assertViolates(
        "reserved-assignment-code",
        () ->
            new Tailoring.Add(
                code("EIGEN-1"), 2, Theme.INCOME, "Post", "Open je post.", List.of()));
  }

  @Test
  void a_variant_is_based_on_a_national_catalogue_of_its_type() {
    assertViolates(
        "variant-of-national-catalogue",
        () ->
            new CatalogueVariant(
                UTRECHT_V1,
                new CatalogueId(TrajectoryType.BUDGET_MANAGEMENT, 1),
                LocalDate.of(2026, 2, 1),
                List.of()));
    assertViolates(
        "variant-names-municipality",
        () -> new CatalogueVariant(DEBT_V1, DEBT_V1, LocalDate.of(2026, 2, 1), List.of()));
    assertViolates(
        "variant-applies-to-its-base",
        () ->
            new CatalogueVariant(
                    UTRECHT_V1,
                    new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 2),
                    LocalDate.of(2026, 2, 1),
                    List.of())
                .applyTo(national()));
  }
}
