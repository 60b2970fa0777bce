package nl.redzaam.domain.trajectory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * The state of one assignment within a trajectory: the latest answers, the coach's review and
 * whether coach and resident chose to stress it. Immutable; the trajectory replaces it on change.
 */
public record AssignmentProgress(
    AssignmentCode code,
    ProgressState state,
    boolean stressed,
    List<Answer> answers,
    Instant submittedAt,
    Instant reviewedAt,
    StaffMemberId reviewedBy,
    String feedback) {

  public AssignmentProgress {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(state, "state");
    answers = List.copyOf(answers);
  }

  static AssignmentProgress open(AssignmentCode code) {
    return new AssignmentProgress(
        code, ProgressState.OPEN, false, List.of(), null, null, null, null);
  }

  AssignmentProgress submitted(List<Answer> newAnswers, Instant at) {
    return new AssignmentProgress(
        code, ProgressState.SUBMITTED, stressed, newAnswers, at, reviewedAt, reviewedBy, feedback);
  }

  AssignmentProgress reviewed(ProgressState verdict, StaffMemberId by, String text, Instant at) {
    return new AssignmentProgress(code, verdict, stressed, answers, submittedAt, at, by, text);
  }

  AssignmentProgress inState(ProgressState newState) {
    return new AssignmentProgress(
        code, newState, stressed, answers, submittedAt, reviewedAt, reviewedBy, feedback);
  }

  AssignmentProgress withStress(boolean value) {
    return new AssignmentProgress(
        code, state, value, answers, submittedAt, reviewedAt, reviewedBy, feedback);
  }
}
