package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.shared.AggregateRoot;

/**
 * A published version of the assignments for one trajectory type. A catalogue never changes once
 * published: a new version is a new catalogue, and running trajectories keep the one they started
 * on. Invariants: assignment codes are unique; a type that needs no specialist has no assignment
 * that needs one; every evaluation kind has questions.
 */
public final class Catalogue implements AggregateRoot<CatalogueId> {

  /** Codes of a coach's own assignments start with this; catalogues never use it. */
  public static final String OWN_ASSIGNMENT_PREFIX = "EIGEN-";

  private final CatalogueId id;
  private final LocalDate publishedOn;
  private final List<AssignmentTemplate> assignments;
  private final Map<EvaluationKind, List<EvaluationQuestion>> evaluationQuestions;

  public Catalogue(
      CatalogueId id,
      LocalDate publishedOn,
      List<AssignmentTemplate> assignments,
      Map<EvaluationKind, List<EvaluationQuestion>> evaluationQuestions) {
    this.id = Objects.requireNonNull(id, "id");
    this.publishedOn = Objects.requireNonNull(publishedOn, "publishedOn");
    this.assignments =
        assignments.stream().sorted(Comparator.comparingInt(AssignmentTemplate::week)).toList();
    require(
        assignments.stream().map(AssignmentTemplate::code).distinct().count() == assignments.size(),
        "assignment-codes-unique",
        "Assignment codes must be unique within a catalogue: " + id);
    require(
        assignments.stream().noneMatch(a -> a.code().value().startsWith(OWN_ASSIGNMENT_PREFIX)),
        "reserved-assignment-code",
        "Codes starting with " + OWN_ASSIGNMENT_PREFIX + " are for a coach's own assignments");
    require(
        id.type().requiresSpecialist()
            || assignments.stream().noneMatch(AssignmentTemplate::needsSpecialist),
        "prevention-has-no-specialist-tasks",
        "The trajectory type " + id.type().dutchName() + " has no assignments for a specialist");
    EnumMap<EvaluationKind, List<EvaluationQuestion>> questions =
        new EnumMap<>(EvaluationKind.class);
    for (EvaluationKind kind : EvaluationKind.values()) {
      List<EvaluationQuestion> set = evaluationQuestions.getOrDefault(kind, List.of());
      require(
          !set.isEmpty(),
          "evaluation-needs-questions",
          "The catalogue " + id + " has no questions for the " + kind + " evaluation");
      questions.put(kind, List.copyOf(set));
    }
    this.evaluationQuestions = questions;
  }

  @Override
  public CatalogueId id() {
    return id;
  }

  public LocalDate publishedOn() {
    return publishedOn;
  }

  /** All assignments, ordered by week. */
  public List<AssignmentTemplate> assignments() {
    return assignments;
  }

  public List<AssignmentTemplate> assignmentsOfWeek(int week) {
    return assignments.stream().filter(a -> a.week() == week).toList();
  }

  public Optional<AssignmentTemplate> assignment(AssignmentCode code) {
    return assignments.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  public List<EvaluationQuestion> evaluationQuestions(EvaluationKind kind) {
    return evaluationQuestions.get(kind);
  }

  /** The last week that has an assignment. */
  public int lastWeek() {
    return assignments.stream().mapToInt(AssignmentTemplate::week).max().orElse(0);
  }
}
