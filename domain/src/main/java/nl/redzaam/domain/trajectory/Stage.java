package nl.redzaam.domain.trajectory;

/**
 * Where a trajectory is in the method: steps 1-11 of the method, and closed. The coaching phase is
 * steps 1-10; aftercare is step 11.
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
}
