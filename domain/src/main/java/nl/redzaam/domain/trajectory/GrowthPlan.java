package nl.redzaam.domain.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The resident's own goals and agreements and the progress made, recorded by the coach. */
public record GrowthPlan(
    List<Goal> goals, List<Agreement> agreements, List<ProgressEntry> progress) {

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

  GrowthPlan withGoal(Goal goal) {
    List<Goal> all = new ArrayList<>(goals);
    all.removeIf(g -> g.id().equals(goal.id()));
    all.add(goal);
    return new GrowthPlan(all, agreements, progress);
  }

  GrowthPlan withAgreement(Agreement agreement) {
    List<Agreement> all = new ArrayList<>(agreements);
    all.add(agreement);
    return new GrowthPlan(goals, all, progress);
  }

  GrowthPlan withProgress(ProgressEntry entry) {
    List<ProgressEntry> all = new ArrayList<>(progress);
    all.add(entry);
    return new GrowthPlan(goals, agreements, all);
  }
}
