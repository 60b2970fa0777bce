package nl.redzaam.domain.method;

/** What follows the coaching phase (step 11), decided together at the final evaluation. */
public enum Outcome {
  /** 11A: independent; the trajectory ends, a few check-ins may follow. */
  INDEPENDENT("11A", "Zelfstandig verder"),
  /** 11B: lighter support, for example volunteers. */
  LIGHTER_SUPPORT("11B", "Lichtere ondersteuning"),
  /** 11C: continue or scale up the current support. */
  CONTINUED_SUPPORT("11C", "Huidige ondersteuning voortzetten of opschalen");

  private final String step;
  private final String dutchName;

  Outcome(String step, String dutchName) {
    this.step = step;
    this.dutchName = dutchName;
  }

  public String step() {
    return step;
  }

  public String dutchName() {
    return dutchName;
  }
}
