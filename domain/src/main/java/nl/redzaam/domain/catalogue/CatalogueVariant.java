package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.AggregateRoot;

/**
 * A municipality's own version of a national catalogue: the national catalogue it is based on plus
 * the municipality's tailorings. Like a catalogue, a published variant never changes; a change is a
 * new version. Applying it to its base gives a {@link Catalogue} that the rest of the domain reads
 * like any other. Invariants: at most one tailoring per assignment; the base is a national
 * catalogue of the same type.
 *
 * @param id the variant's own id: the type, the variant's version and the municipality
 * @param base the national catalogue the variant tailors
 */
public record CatalogueVariant(
    CatalogueId id, CatalogueId base, LocalDate publishedOn, List<Tailoring> tailorings)
    implements AggregateRoot<CatalogueId> {

  public CatalogueVariant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(publishedOn, "publishedOn");
    require(id.isVariant(), "variant-names-municipality", "A variant belongs to a municipality");
    require(
        !base.isVariant() && base.type() == id.type(),
        "variant-of-national-catalogue",
        "A variant is based on a national catalogue of its own type: " + base);
    tailorings = List.copyOf(tailorings);
    Set<AssignmentCode> seen = new HashSet<>();
    for (Tailoring t : tailorings) {
      require(
          seen.add(t.code()),
          "one-tailoring-per-assignment",
          "An assignment is tailored at most once per variant: " + t.code());
    }
  }

  public MunicipalityId municipality() {
    return id.municipality();
  }

  /**
   * The tailored catalogue. Fails with a rule violation when a tailoring does not fit the base: an
   * unknown assignment, a move outside the catalogue's weeks or out of its theme's part, or an own
   * assignment whose code the base already uses.
   */
  public Catalogue applyTo(Catalogue national) {
    require(
        national.id().equals(base),
        "variant-applies-to-its-base",
        "The variant " + id + " is based on " + base + ", not " + national.id());
    Map<AssignmentCode, AssignmentTemplate> result = new LinkedHashMap<>();
    national.assignments().forEach(a -> result.put(a.code(), a));
    for (Tailoring t : tailorings) {
      if (t instanceof Tailoring.Add add) {
        require(
            !result.containsKey(add.code()),
            "assignment-codes-unique",
            "The catalogue already has an assignment " + add.code());
        requireWeekFits(national, add.week(), add.theme(), add.code());
        result.put(add.code(), add.template());
        continue;
      }
      AssignmentTemplate a = result.get(t.code());
      require(
          a != null,
          "assignment-not-in-catalogue",
          "The catalogue " + base + " has no assignment " + t.code());
      if (t instanceof Tailoring.Hide) {
        result.remove(t.code());
      } else if (t instanceof Tailoring.Move move) {
        requireWeekFits(national, move.week(), a.theme(), a.code());
        result.put(a.code(), with(a, move.week(), a.title(), a.instruction()));
      } else if (t instanceof Tailoring.Reword reword) {
        result.put(
            a.code(),
            with(
                a,
                a.week(),
                reword.title() == null ? a.title() : reword.title(),
                reword.instruction() == null ? a.instruction() : reword.instruction()));
      }
    }
    Map<EvaluationKind, List<EvaluationQuestion>> questions = new EnumMap<>(EvaluationKind.class);
    for (EvaluationKind kind : EvaluationKind.values()) {
      questions.put(kind, national.evaluationQuestions(kind));
    }
    return new Catalogue(id, publishedOn, new ArrayList<>(result.values()), questions);
  }

  /**
   * A week fits when it lies within the weeks the national catalogue gives to the theme's part
   * (part one before the mid evaluation, part two after it), so a move never crosses the mid
   * evaluation.
   */
  private static void requireWeekFits(
      Catalogue national, int week, Theme theme, AssignmentCode code) {
    int first =
        national.assignments().stream()
            .filter(a -> a.theme().part() == theme.part())
            .mapToInt(AssignmentTemplate::week)
            .min()
            .orElse(1);
    int last =
        national.assignments().stream()
            .filter(a -> a.theme().part() == theme.part())
            .mapToInt(AssignmentTemplate::week)
            .max()
            .orElse(national.lastWeek());
    require(
        week >= first && week <= last,
        "week-outside-part",
        "Week "
            + week
            + " is outside weeks "
            + first
            + "-"
            + last
            + " of part "
            + theme.part()
            + " of the catalogue: "
            + code);
  }

  private static AssignmentTemplate with(
      AssignmentTemplate a, int week, String title, String instruction) {
    return new AssignmentTemplate(
        a.code(),
        week,
        a.theme(),
        title,
        instruction,
        a.whyItMatters(),
        a.steps(),
        a.questions(),
        a.coachExpectation(),
        a.specialistExpectation(),
        a.needsSpecialist(),
        a.tags(),
        a.links());
  }
}
