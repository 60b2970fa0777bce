package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.shared.RuleViolation;

/**
 * Where a trajectory is in the method: steps 1-11 of the method, and closed. The coaching phase is
 * steps 1-10; aftercare is step 11.
 *
 * <p>The package-private methods are the method's transition table: each checks that a step may
 * happen at this stage and returns the stage it leads to, which the trajectory then applies.
 */
public enum Stage {
  SELECTED(1),
  INVITED(2),
  ACTIVATED(3),
  START_SCREENING(4),
  START_CONVERSATION(5),
  COACHING_PART_ONE(6),
  MID_EVALUATION(7),
  COACHING_PART_TWO(8),
  END_SCREENING(9),
  FINAL_EVALUATION(10),
  AFTERCARE(11),
  CLOSED(12);

  private final int step;

  Stage(int step) {
    this.step = step;
  }

  /** The step number of the method (1-11); closed is reported as 12. */
  public int step() {
    return step;
  }

  /** True while the resident works on weekly assignments (steps 6-9). */
  public boolean isWeeklyWork() {
    return this == COACHING_PART_ONE
        || this == MID_EVALUATION
        || this == COACHING_PART_TWO
        || this == END_SCREENING;
  }

  /** True from the start conversation up to the final evaluation (steps 5-9). */
  public boolean isTailorable() {
    return this == START_CONVERSATION || isWeeklyWork();
  }

  // ---------------------------------------------------------------- guards

  void requireNotClosed() {
    require(
        this != CLOSED,
        "closed-trajectory-is-read-only",
        "The trajectory is closed and can no longer change");
  }

  void requireOneOf(String action, Stage... allowed) {
    for (Stage s : allowed) {
      if (this == s) {
        return;
      }
    }
    throw new RuleViolation(
        "wrong-stage", "Cannot " + action + " while the trajectory is at stage " + this);
  }

  void requireWeeklyWork(String message) {
    require(isWeeklyWork(), "not-in-coaching", message);
  }

  void requireTailorable() {
    require(
        isTailorable(),
        "not-tailorable",
        "Assignments can be tailored from the start conversation until the final evaluation");
  }

  boolean isBefore(Stage other) {
    return step < other.step;
  }

  // ---------------------------------------------------------------- transitions

  /** Inviting again is allowed: the first invitation may have got lost. */
  Stage invite() {
    requireOneOf("invite", SELECTED, INVITED);
    return INVITED;
  }

  Stage activate() {
    requireOneOf("activate", INVITED);
    return ACTIVATED;
  }

  /**
   * The start screening is optional and may come as late as the start conversation; the end
   * screening as late as the final evaluation. Only a screening taken at its own step moves on.
   */
  Stage recordScreening(ScreeningKind kind) {
    return switch (kind) {
      case START -> {
        requireOneOf("record a start screening", ACTIVATED, START_SCREENING, START_CONVERSATION);
        yield this == ACTIVATED ? START_SCREENING : this;
      }
      case INTERIM -> {
        requireOneOf(
            "record an interim screening", COACHING_PART_ONE, MID_EVALUATION, COACHING_PART_TWO);
        yield this;
      }
      case END -> {
        requireOneOf("record an end screening", COACHING_PART_TWO, END_SCREENING, FINAL_EVALUATION);
        yield this == COACHING_PART_TWO ? END_SCREENING : this;
      }
    };
  }

  Stage openEvaluation(EvaluationKind kind) {
    return switch (kind) {
      case START -> {
        requireOneOf("hold the start conversation", ACTIVATED, START_SCREENING);
        yield START_CONVERSATION;
      }
      case MID -> {
        requireOneOf("hold the mid evaluation", COACHING_PART_ONE);
        yield MID_EVALUATION;
      }
      case FINAL -> {
        requireOneOf("hold the final evaluation", COACHING_PART_TWO, END_SCREENING);
        yield FINAL_EVALUATION;
      }
    };
  }

  /**
   * An early stop can leave the start or mid evaluation open; concluding it then must not take the
   * trajectory back from the final evaluation. The final evaluation is open only at its own stage,
   * so it needs no check here.
   */
  Stage concludeEvaluation(EvaluationKind kind) {
    return switch (kind) {
      case START -> {
        requireOneOf("conclude the start evaluation", START_CONVERSATION);
        yield COACHING_PART_ONE;
      }
      case MID -> {
        requireOneOf("conclude the mid evaluation", MID_EVALUATION);
        yield COACHING_PART_TWO;
      }
      case FINAL -> AFTERCARE;
    };
  }

  /**
   * Before the start conversation there is nothing to evaluate, so an early stop closes; from the
   * start conversation on it leads to the final evaluation.
   */
  Stage stopEarly() {
    require(
        isBefore(FINAL_EVALUATION),
        "too-late-to-stop-early",
        "The final evaluation has already begun");
    return isTailorable() ? FINAL_EVALUATION : CLOSED;
  }

  Stage close() {
    requireOneOf("close the trajectory", AFTERCARE);
    return CLOSED;
  }
}
