package nl.redzaam.domain.trajectory;

import java.util.List;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;

/**
 * An assignment as it stands in a trajectory's week: from the catalogue or the coach's own, with
 * the resident's progress.
 *
 * @param coachExpectation what the coach does with it (null for the coach's own assignments)
 * @param specialistExpectation what the specialist does, or null when not needed
 */
public record WeekAssignment(
    AssignmentCode code,
    int week,
    Theme theme,
    String title,
    String instruction,
    List<Question> questions,
    String coachExpectation,
    String specialistExpectation,
    boolean own,
    AssignmentProgress progress) {

  public boolean skipped() {
    return progress.state() == ProgressState.SKIPPED;
  }
}
