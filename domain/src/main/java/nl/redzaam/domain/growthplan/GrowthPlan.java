package nl.redzaam.domain.growthplan;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import nl.redzaam.domain.trajectory.TrajectoryEvent.GrowthPlanChanged;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The growth plan of one trajectory: the resident's own goals and agreements and the progress made,
 * recorded by the coach. It is an aggregate of its own, keyed by the trajectory, with its own
 * version, so that work on the trajectory (a resident saving a draft answer) does not make a
 * coach's change to the plan stale, and the other way round. Every trajectory has one; until a
 * coach changes it, it is empty ({@link #empty}, version 0).
 *
 * <p>What the plan needs to know of its trajectory (who acts as its coach, its stage) comes in as a
 * {@link TrajectoryStatus}, read by the use case from the trajectory it loaded. Its rules:
 *
 * <ul>
 *   <li>only a coach of the trajectory (or its stand-in) keeps the plan, from the start
 *       conversation on, and not once the trajectory is closed;
 *   <li>ids of goals, agreements and progress entries are used once; a goal is achieved once;
 *   <li>progress on a goal needs that goal.
 * </ul>
 *
 * <p>Its event is {@link GrowthPlanChanged}, a {@link TrajectoryEvent}: listeners know it under the
 * trajectory it belongs to.
 */
public final class GrowthPlan implements AggregateRoot<TrajectoryId> {

  private static final int MAX_DESCRIPTION_LENGTH = 2000;
  private static final int MAX_PROGRESS_LENGTH = 4000;

  private final TrajectoryId trajectoryId;
  private List<Goal> goals;
  private List<Agreement> agreements;
  private List<ProgressEntry> progress;
  private final long version;
  private final List<TrajectoryEvent> events = new ArrayList<>();

  /** Rebuilds a stored plan, without replaying rules: it was valid when saved. */
  public GrowthPlan(
      TrajectoryId trajectoryId,
      List<Goal> goals,
      List<Agreement> agreements,
      List<ProgressEntry> progress,
      long version) {
    this.trajectoryId = Objects.requireNonNull(trajectoryId, "trajectoryId");
    this.goals = List.copyOf(goals);
    this.agreements = List.copyOf(agreements);
    this.progress = List.copyOf(progress);
    this.version = version;
  }

  /** The plan of a trajectory before any coach changed it: version 0. */
  public static GrowthPlan empty(TrajectoryId trajectoryId) {
    return new GrowthPlan(trajectoryId, List.of(), List.of(), List.of(), 0);
  }

  public Optional<Goal> goal(GoalId id) {
    return goals.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** A coach records one of the resident's goals, optionally tied to a theme. */
  public void setGoal(
      GoalId goalId,
      String description,
      Theme theme,
      StaffMemberId coach,
      TrajectoryStatus trajectory,
      Instant now) {
    ensureWritable(coach, trajectory);
    require(goal(goalId).isEmpty(), "duplicate-goal", "Goal " + goalId + " already exists");
    withGoal(
        new Goal(
            goalId,
            Text.required(description, "A goal", MAX_DESCRIPTION_LENGTH),
            theme,
            today(now),
            null));
    changed(now);
  }

  /** A coach marks a goal as achieved. */
  public void achieveGoal(
      GoalId goalId, StaffMemberId coach, TrajectoryStatus trajectory, Instant now) {
    ensureWritable(coach, trajectory);
    Goal goal =
        goal(goalId).orElseThrow(() -> new RuleViolation("unknown-goal", "No goal " + goalId));
    require(!goal.achieved(), "goal-already-achieved", "Goal " + goalId + " is already achieved");
    withGoal(new Goal(goal.id(), goal.description(), goal.theme(), goal.setOn(), today(now)));
    changed(now);
  }

  /** A coach records an agreement made with the resident. */
  public void makeAgreement(
      AgreementId agreementId,
      String description,
      StaffMemberId coach,
      TrajectoryStatus trajectory,
      Instant now) {
    ensureWritable(coach, trajectory);
    require(
        agreements.stream().noneMatch(a -> a.id().equals(agreementId)),
        "duplicate-agreement",
        "Agreement " + agreementId + " already exists");
    List<Agreement> all = new ArrayList<>(agreements);
    all.add(
        new Agreement(
            agreementId,
            Text.required(description, "An agreement", MAX_DESCRIPTION_LENGTH),
            today(now)));
    agreements = List.copyOf(all);
    changed(now);
  }

  /** A coach records progress, on one goal or on the plan as a whole ({@code goal} null). */
  public void recordProgress(
      ProgressEntryId entryId,
      GoalId goal,
      String text,
      StaffMemberId coach,
      TrajectoryStatus trajectory,
      Instant now) {
    ensureWritable(coach, trajectory);
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
            Text.required(text, "A progress note", MAX_PROGRESS_LENGTH),
            today(now),
            coach));
    progress = List.copyOf(all);
    changed(now);
  }

  /**
   * The rules the plan takes from its trajectory, in the order the trajectory checked them when it
   * still held the plan: closed, then coach, then stage.
   */
  private void ensureWritable(StaffMemberId coach, TrajectoryStatus trajectory) {
    require(
        trajectory.trajectoryId().equals(trajectoryId),
        "wrong-trajectory",
        "This is the growth plan of trajectory "
            + trajectoryId
            + ", not of "
            + trajectory.trajectoryId());
    trajectory.requireCoach(coach, "keep the growth plan");
    trajectory.requireFromStartConversation();
  }

  /** Replaces the goal with the same id, or adds it. */
  private void withGoal(Goal goal) {
    List<Goal> all = new ArrayList<>(goals);
    all.removeIf(g -> g.id().equals(goal.id()));
    all.add(goal);
    goals = List.copyOf(all);
  }

  private void changed(Instant now) {
    events.add(new GrowthPlanChanged(trajectoryId, now));
  }

  private static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, Trajectory.ZONE);
  }

  /** The events recorded since this object was loaded, in order; clears them. */
  public List<TrajectoryEvent> releaseEvents() {
    List<TrajectoryEvent> released = List.copyOf(events);
    events.clear();
    return released;
  }

  /** A growth plan is known by its trajectory's id. */
  @Override
  public TrajectoryId id() {
    return trajectoryId;
  }

  public TrajectoryId trajectoryId() {
    return trajectoryId;
  }

  public List<Goal> goals() {
    return goals;
  }

  public List<Agreement> agreements() {
    return agreements;
  }

  public List<ProgressEntry> progress() {
    return progress;
  }

  /** 0 for a plan never changed; the stored version otherwise (the ETag of the API). */
  public long version() {
    return version;
  }
}
