package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.Text;

/**
 * One assignment of a catalogue, as the resident and the professionals see it. Invariants: the week
 * is 1 or later; question ids are unique; an assignment that needs the specialist says what the
 * specialist does.
 *
 * @param instruction the short instruction for the resident, in Dutch at B1 level
 * @param coachExpectation what the coach does with the assignment
 * @param specialistExpectation what the specialist does, or null when the specialist is not needed
 * @param tags for example the digital skill trained, such as {@code digid}
 */
public record AssignmentTemplate(
    AssignmentCode code,
    int week,
    Theme theme,
    String title,
    String instruction,
    String whyItMatters,
    List<String> steps,
    List<Question> questions,
    String coachExpectation,
    String specialistExpectation,
    boolean needsSpecialist,
    Set<String> tags,
    List<URI> links) {

  public AssignmentTemplate {
    Objects.requireNonNull(code, "code");
    require(week >= 1, "week-counts-from-one", "An assignment's week counts from 1: " + code);
    Objects.requireNonNull(theme, "theme");
    title = Text.required(title, "An assignment's title", 200);
    instruction = Text.required(instruction, "An assignment's instruction", 4000);
    whyItMatters = Text.optional(whyItMatters, "Why an assignment matters", 2000);
    steps = List.copyOf(steps);
    questions = List.copyOf(questions);
    require(
        questions.stream().map(Question::id).distinct().count() == questions.size(),
        "question-ids-unique",
        "Question ids must be unique within an assignment: " + code);
    coachExpectation = Text.required(coachExpectation, "What is expected of the coach", 2000);
    specialistExpectation =
        Text.optional(specialistExpectation, "What is expected of the specialist", 2000);
    require(
        !needsSpecialist || specialistExpectation != null,
        "specialist-task-described",
        "An assignment that needs the specialist says what the specialist does: " + code);
    tags = Set.copyOf(tags);
    links = List.copyOf(links);
  }
}
