package nl.redzaam.domain.trajectory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * The state of one assignment within a trajectory: the latest answers handed in, the coach's
 * review, whether coach and resident chose to stress it (with an optional reason for the resident)
 * and the resident's draft answers: work in progress that is not handed in yet. Immutable; the
 * trajectory replaces it on change.
 *
 * @param stressReason why the assignment is stressed, for the resident; null when not given
 * @param draft the resident's draft answers, empty when there is no draft
 * @param draftSavedAt when the draft was last saved, null when there is no draft
 */
public record AssignmentProgress(
    AssignmentCode code,
    ProgressState state,
    boolean stressed,
    List<Answer> answers,
    Instant submittedAt,
    Instant reviewedAt,
    StaffMemberId reviewedBy,
    String feedback,
    String stressReason,
    List<Answer> draft,
    Instant draftSavedAt) {

  public AssignmentProgress {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(state, "state");
    answers = List.copyOf(answers);
    draft = List.copyOf(draft);
  }

  /** Progress without a stress reason and without a draft. */
  public AssignmentProgress(
      AssignmentCode code,
      ProgressState state,
      boolean stressed,
      List<Answer> answers,
      Instant submittedAt,
      Instant reviewedAt,
      StaffMemberId reviewedBy,
      String feedback) {
    this(
        code,
        state,
        stressed,
        answers,
        submittedAt,
        reviewedAt,
        reviewedBy,
        feedback,
        null,
        List.of(),
        null);
  }

  static AssignmentProgress open(AssignmentCode code) {
    return new AssignmentProgress(
        code, ProgressState.OPEN, false, List.of(), null, null, null, null);
  }

  public boolean hasDraft() {
    return !draft.isEmpty();
  }

  /** Handing in answers ends the draft: the answers are what counts now. */
  AssignmentProgress submitted(List<Answer> newAnswers, Instant at) {
    return new AssignmentProgress(
        code,
        ProgressState.SUBMITTED,
        stressed,
        newAnswers,
        at,
        reviewedAt,
        reviewedBy,
        feedback,
        stressReason,
        List.of(),
        null);
  }

  AssignmentProgress reviewed(ProgressState verdict, StaffMemberId by, String text, Instant at) {
    return new AssignmentProgress(
        code,
        verdict,
        stressed,
        answers,
        submittedAt,
        at,
        by,
        text,
        stressReason,
        draft,
        draftSavedAt);
  }

  AssignmentProgress inState(ProgressState newState) {
    return new AssignmentProgress(
        code,
        newState,
        stressed,
        answers,
        submittedAt,
        reviewedAt,
        reviewedBy,
        feedback,
        stressReason,
        draft,
        draftSavedAt);
  }

  /** Lifting the stress drops its reason. */
  AssignmentProgress withStress(boolean value, String reason) {
    return new AssignmentProgress(
        code,
        state,
        value,
        answers,
        submittedAt,
        reviewedAt,
        reviewedBy,
        feedback,
        value ? reason : null,
        draft,
        draftSavedAt);
  }

  /** An empty draft is no draft. */
  AssignmentProgress withDraft(List<Answer> newDraft, Instant at) {
    return new AssignmentProgress(
        code,
        state,
        stressed,
        answers,
        submittedAt,
        reviewedAt,
        reviewedBy,
        feedback,
        stressReason,
        newDraft,
        newDraft.isEmpty() ? null : at);
  }
}
