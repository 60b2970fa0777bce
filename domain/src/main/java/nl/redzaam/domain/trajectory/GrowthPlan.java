package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * The resident's own goals and agreements and the progress made, recorded by the coach. Immutable:
 * each change checks its rules and returns a new plan. Who may change it, and when, the trajectory
 * decides.
 */
public record GrowthPlan(
    List<Goal> goals, List<Agreement> agreements, List<ProgressEntry> progress) {

  private static final int MAX_DESCRIPTION_LENGTH = 2000;

  public GrowthPlan {
    goals = List.copyOf(goals);
    agreements = List.copyOf(agreements);
    progress = List.copyOf(progress);
  }

  static GrowthPlan empty() {
    return new GrowthPlan(List.of(), List.of(), List.of());
  }

  public Optional<Goal> goal(GoalId id) {
    return goals.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  GrowthPlan setGoal(GoalId goalId, String description, Theme theme, LocalDate on) {
    require(goal(goalId).isEmpty(), "duplicate-goal", "Goal " + goalId + " already exists");
    return withGoal(
        new Goal(
            goalId, Text.required(description, "A goal", MAX_DESCRIPTION_LENGTH), theme, on, null));
  }

  GrowthPlan achieveGoal(GoalId goalId, LocalDate on) {
    Goal goal =
        goal(goalId).orElseThrow(() -> new RuleViolation("unknown-goal", "No goal " + goalId));
    require(!goal.achieved(), "goal-already-achieved", "Goal " + goalId + " is already achieved");
    return withGoal(new Goal(goal.id(), goal.description(), goal.theme(), goal.setOn(), on));
  }

  GrowthPlan makeAgreement(AgreementId agreementId, String description, LocalDate on) {
    require(
        agreements.stream().noneMatch(a -> a.id().equals(agreementId)),
        "duplicate-agreement",
        "Agreement " + agreementId + " already exists");
    List<Agreement> all = new ArrayList<>(agreements);
    all.add(
        new Agreement(
            agreementId, Text.required(description, "An agreement", MAX_DESCRIPTION_LENGTH), on));
    return new GrowthPlan(goals, all, progress);
  }

  /** Progress on one goal, or on the plan as a whole when {@code goal} is null. */
  GrowthPlan recordProgress(
      ProgressEntryId entryId, GoalId goal, String text, LocalDate on, StaffMemberId coach) {
    require(goal == null || goal(goal).isPresent(), "unknown-goal", "No goal " + goal);
    require(
        progress.stream().noneMatch(e -> e.id().equals(entryId)),
        "duplicate-progress-entry",
        "Progress entry " + entryId + " already exists");
    List<ProgressEntry> all = new ArrayList<>(progress);
    all.add(
        new ProgressEntry(
            entryId,
            goal,
            Text.required(text, "A progress note", Trajectory.MAX_TEXT_LENGTH),
            on,
            coach));
    return new GrowthPlan(goals, agreements, all);
  }

  /** Replaces the goal with the same id, or adds it. */
  private GrowthPlan withGoal(Goal goal) {
    List<Goal> all = new ArrayList<>(goals);
    all.removeIf(g -> g.id().equals(goal.id()));
    all.add(goal);
    return new GrowthPlan(all, agreements, progress);
  }
}
