package nl.redzaam.domain.trajectory;

/**
 * How fast the weeks of a trajectory pass. At normal tempo a trajectory week takes seven calendar
 * days; slower takes fourteen; faster takes about five (one and a half weeks per calendar week).
 */
public enum Tempo {
  SLOWER(2),
  NORMAL(4),
  FASTER(6);

  /** Progress units per calendar day; a trajectory week is {@link #UNITS_PER_WEEK} units. */
  static final int UNITS_PER_WEEK = 28;

  private final int unitsPerDay;

  Tempo(int unitsPerDay) {
    this.unitsPerDay = unitsPerDay;
  }

  int unitsPerDay() {
    return unitsPerDay;
  }
}
