package nl.redzaam.domain.courtadvice;

/** What the specialist advises the sub-district court to do with the protective administration. */
public enum CourtRecommendation {
  /** The resident is not ready yet: the administration stays. */
  CONTINUE("Bewind voortzetten"),
  /** The resident manages on their own: the administration can end. */
  END("Bewind beëindigen"),
  /** Something in between, for example a lighter measure or a smaller scope. */
  CHANGE("Bewind aanpassen");

  private final String dutchName;

  CourtRecommendation(String dutchName) {
    this.dutchName = dutchName;
  }

  public String dutchName() {
    return dutchName;
  }
}
