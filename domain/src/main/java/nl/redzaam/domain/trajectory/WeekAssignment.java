package nl.redzaam.domain.trajectory;

import java.util.List;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;

/**
 * An assignment as it stands in a trajectory's week: from the catalogue or the coach's own, with
 * the resident's progress.
 *
 * @param whyItMatters why the assignment matters, for the resident (null for the coach's own
 *     assignments and when the catalogue gives none)
 * @param steps the steps to take, for the resident (empty for the coach's own assignments)
 * @param coachExpectation what the coach does with it (null for the coach's own assignments)
 * @param specialistExpectation what the specialist does, or null when not needed
 */
public record WeekAssignment(
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
    boolean own,
    AssignmentProgress progress) {

  public WeekAssignment {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  static WeekAssignment fromCatalogue(AssignmentTemplate t, AssignmentProgress progress) {
    return new WeekAssignment(
        t.code(),
        t.week(),
        t.theme(),
        t.title(),
        t.instruction(),
        t.whyItMatters(),
        t.steps(),
        t.questions(),
        t.coachExpectation(),
        t.specialistExpectation(),
        false,
        progress);
  }

  /** The coach's own assignment has no why, steps or expectations of its own. */
  static WeekAssignment own(OwnAssignment own, AssignmentProgress progress) {
    return new WeekAssignment(
        own.code(),
        own.week(),
        own.theme(),
        own.title(),
        own.instruction(),
        null,
        List.of(),
        own.questions(),
        null,
        null,
        true,
        progress);
  }

  public boolean skipped() {
    return progress.state() == ProgressState.SKIPPED;
  }
}
