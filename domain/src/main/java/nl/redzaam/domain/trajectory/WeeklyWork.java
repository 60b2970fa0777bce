package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * The resident's weekly assignments: the catalogue's and the coach's own, and the progress of each
 * (answers, drafts, reviews, skips, stress). Progress is kept only for assignments that left the
 * open state, were stressed or have a draft; any other assignment is open.
 *
 * <p>Every {@code Catalogue} passed in is the trajectory's own: the trajectory checks that first.
 * The trajectory also checks who acts and at which stage; this class decides the rest.
 */
final class WeeklyWork {

  private static final int MAX_STRESS_REASON_LENGTH = 1000;

  /** In insertion order, so that the stored order stays stable. */
  private final Map<AssignmentCode, AssignmentProgress> progress = new LinkedHashMap<>();

  private final List<OwnAssignment> ownAssignments;

  WeeklyWork(List<AssignmentProgress> progress, List<OwnAssignment> ownAssignments) {
    progress.forEach(p -> this.progress.put(p.code(), p));
    this.ownAssignments = new ArrayList<>(ownAssignments);
  }

  // ---------------------------------------------------------------- reading

  List<WeekAssignment> assignmentsOfWeek(int week, Catalogue catalogue) {
    List<WeekAssignment> result = new ArrayList<>();
    for (AssignmentTemplate t : catalogue.assignmentsOfWeek(week)) {
      result.add(WeekAssignment.fromCatalogue(t, progressOf(t.code())));
    }
    for (OwnAssignment own : ownAssignments) {
      if (own.week() == week) {
        result.add(WeekAssignment.own(own, progressOf(own.code())));
      }
    }
    return result;
  }

  List<ThemeProgress> themeProgress(Catalogue catalogue, int currentWeek) {
    record Placed(Theme theme, int week, ProgressState state) {}
    List<Placed> all = new ArrayList<>();
    catalogue
        .assignments()
        .forEach(t -> all.add(new Placed(t.theme(), t.week(), progressOf(t.code()).state())));
    ownAssignments.forEach(
        o -> all.add(new Placed(o.theme(), o.week(), progressOf(o.code()).state())));
    List<ThemeProgress> result = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<Placed> ofTheme = all.stream().filter(a -> a.theme() == theme).toList();
      result.add(
          new ThemeProgress(
              theme,
              ofTheme.size(),
              (int) ofTheme.stream().filter(a -> a.state() == ProgressState.APPROVED).count(),
              (int) ofTheme.stream().filter(a -> a.state() == ProgressState.SUBMITTED).count(),
              (int) ofTheme.stream().filter(a -> a.state() == ProgressState.NEEDS_REWORK).count(),
              (int)
                  ofTheme.stream()
                      .filter(a -> a.state() == ProgressState.OPEN && a.week() <= currentWeek)
                      .count(),
              (int)
                  ofTheme.stream()
                      .filter(a -> a.state() == ProgressState.OPEN && a.week() > currentWeek)
                      .count(),
              (int) ofTheme.stream().filter(a -> a.state() == ProgressState.SKIPPED).count()));
    }
    return result;
  }

  /** The last week with an assignment, the catalogue's or the coach's own. */
  int lastWeek(Catalogue catalogue) {
    int own = ownAssignments.stream().mapToInt(OwnAssignment::week).max().orElse(0);
    return Math.max(catalogue.lastWeek(), own);
  }

  boolean has(AssignmentCode code, Catalogue catalogue) {
    return catalogue.assignment(code).isPresent()
        || ownAssignments.stream().anyMatch(o -> o.code().equals(code));
  }

  /** Fails with unknown-assignment unless the code is the catalogue's or one of the coach's own. */
  void requireAssignment(AssignmentCode code, Catalogue catalogue) {
    assignment(code, catalogue);
  }

  /** When the resident handed in answers or saved a draft; null where they did not. */
  Stream<Instant> residentMoments() {
    return Stream.concat(
        progress.values().stream().map(AssignmentProgress::submittedAt),
        progress.values().stream().map(AssignmentProgress::draftSavedAt));
  }

  AssignmentProgress progressOf(AssignmentCode code) {
    return progress.getOrDefault(code, AssignmentProgress.open(code));
  }

  List<AssignmentProgress> progress() {
    return List.copyOf(progress.values());
  }

  List<OwnAssignment> ownAssignments() {
    return List.copyOf(ownAssignments);
  }

  // ---------------------------------------------------------------- the resident answers

  void submit(
      AssignmentCode code,
      Map<String, String> answers,
      Catalogue catalogue,
      int currentWeek,
      Instant now) {
    Assignment assignment = requireAnswerable(code, catalogue, currentWeek);
    progress.put(code, progressOf(code).submitted(assignment.checkedAnswers(answers), now));
  }

  void saveDraft(
      AssignmentCode code,
      Map<String, String> answers,
      Catalogue catalogue,
      int currentWeek,
      Instant now) {
    Assignment assignment = requireAnswerable(code, catalogue, currentWeek);
    progress.put(code, progressOf(code).withDraft(assignment.draftAnswers(answers), now));
  }

  private Assignment requireAnswerable(AssignmentCode code, Catalogue catalogue, int currentWeek) {
    Assignment assignment = assignment(code, catalogue);
    require(
        assignment.week() <= currentWeek,
        "assignment-not-yet-available",
        "Assignment " + code + " belongs to week " + assignment.week() + " and is not open yet");
    AssignmentProgress current = progressOf(code);
    require(
        current.state() == ProgressState.OPEN || current.state() == ProgressState.NEEDS_REWORK,
        "assignment-not-answerable",
        "Assignment " + code + " is " + current.state() + " and cannot be answered now");
    return assignment;
  }

  // ---------------------------------------------------------------- the coach reviews

  void approve(AssignmentCode code, StaffMemberId coach, Instant now) {
    AssignmentProgress current = requireSubmitted(code);
    progress.put(code, current.reviewed(ProgressState.APPROVED, coach, null, now));
  }

  void requestRework(AssignmentCode code, String feedback, StaffMemberId coach, Instant now) {
    AssignmentProgress current = requireSubmitted(code);
    String text = Text.required(feedback, "Feedback for rework", Trajectory.MAX_TEXT_LENGTH);
    progress.put(code, current.reviewed(ProgressState.NEEDS_REWORK, coach, text, now));
  }

  private AssignmentProgress requireSubmitted(AssignmentCode code) {
    AssignmentProgress current = progressOf(code);
    require(
        current.state() == ProgressState.SUBMITTED,
        "nothing-to-review",
        "Assignment " + code + " has no answers waiting for review");
    return current;
  }

  // ---------------------------------------------------------------- the coach tailors

  void skip(AssignmentCode code, Catalogue catalogue) {
    assignment(code, catalogue);
    AssignmentProgress current = progressOf(code);
    // Approved work stays done, and submitted answers get their review first.
    require(
        current.state() == ProgressState.OPEN || current.state() == ProgressState.NEEDS_REWORK,
        "cannot-skip",
        "Assignment " + code + " is " + current.state() + " and cannot be skipped");
    progress.put(code, current.inState(ProgressState.SKIPPED));
  }

  /** Answers handed in before the skip are not lost: they wait for rework again. */
  void reinstate(AssignmentCode code) {
    AssignmentProgress current = progressOf(code);
    require(
        current.state() == ProgressState.SKIPPED,
        "not-skipped",
        "Assignment " + code + " was not skipped");
    progress.put(
        code,
        current.inState(
            current.submittedAt() == null ? ProgressState.OPEN : ProgressState.NEEDS_REWORK));
  }

  void stress(AssignmentCode code, boolean stressed, String reason, Catalogue catalogue) {
    assignment(code, catalogue);
    AssignmentProgress current = progressOf(code);
    require(
        current.stressed() != stressed,
        "stress-unchanged",
        "Assignment " + code + (stressed ? " is already stressed" : " is not stressed"));
    progress.put(
        code,
        current.withStress(
            stressed, Text.optional(reason, "The reason for stressing", MAX_STRESS_REASON_LENGTH)));
  }

  /** Own assignments are numbered in the order they were added: never removed, so never reused. */
  AssignmentCode addOwn(
      int week,
      Theme theme,
      String title,
      String instruction,
      List<Question> questions,
      StaffMemberId coach,
      int currentWeek) {
    require(
        week >= Math.max(1, currentWeek),
        "own-assignment-not-in-past",
        "An own assignment is planned for the current week or later");
    AssignmentCode code =
        new AssignmentCode(Catalogue.OWN_ASSIGNMENT_PREFIX + (ownAssignments.size() + 1));
    ownAssignments.add(new OwnAssignment(code, week, theme, title, instruction, questions, coach));
    return code;
  }

  // ---------------------------------------------------------------- one assignment, either kind

  private Assignment assignment(AssignmentCode code, Catalogue catalogue) {
    Optional<Assignment> fromCatalogue =
        catalogue.assignment(code).map(t -> new Assignment(t.week(), t.questions()));
    return fromCatalogue
        .or(
            () ->
                ownAssignments.stream()
                    .filter(o -> o.code().equals(code))
                    .findFirst()
                    .map(o -> new Assignment(o.week(), o.questions())))
        .orElseThrow(
            () ->
                new RuleViolation(
                    "unknown-assignment", "This trajectory has no assignment " + code));
  }

  /** What answering needs of an assignment, whichever kind it is. */
  private record Assignment(int week, List<Question> questions) {

    /** Handed-in answers: every required question answered, blank ones left out. */
    List<Answer> checkedAnswers(Map<String, String> answers) {
      requireKnownQuestions(answers);
      List<Answer> result = new ArrayList<>();
      for (Question question : questions) {
        String raw = answers.get(question.id());
        if (raw == null || raw.isBlank()) {
          require(
              !question.required(),
              "answer-required",
              "Question " + question.id() + " needs an answer");
          continue;
        }
        result.add(new Answer(question.id(), question.normalise(raw)));
      }
      return result;
    }

    /** A draft may leave required questions open, but what it answers must fit the questions. */
    List<Answer> draftAnswers(Map<String, String> answers) {
      requireKnownQuestions(answers);
      List<Answer> draft = new ArrayList<>();
      for (Question question : questions) {
        String raw = answers.get(question.id());
        if (raw != null && !raw.isBlank()) {
          draft.add(new Answer(question.id(), question.normalise(raw)));
        }
      }
      return draft;
    }

    private void requireKnownQuestions(Map<String, String> answers) {
      for (String questionId : answers.keySet()) {
        require(
            questions.stream().anyMatch(q -> q.id().equals(questionId)),
            "unknown-question",
            "The assignment has no question " + questionId);
      }
    }
  }
}
