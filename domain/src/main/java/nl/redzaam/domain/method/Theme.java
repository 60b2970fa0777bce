package nl.redzaam.domain.method;

/**
 * The five themes of the method. Themes 1-4 follow the Nibud competences; {@link #SELF_RELIANCE} is
 * the method's own. Part one (before the mid evaluation) covers income, self-reliance and
 * organising money matters; part two covers spending responsibly and being prepared.
 */
public enum Theme {
  INCOME("Inkomsten", CoachingPart.ONE),
  SELF_RELIANCE("Redzaamheid", CoachingPart.ONE),
  ORGANISING_MONEY_MATTERS("Geldzaken organiseren", CoachingPart.ONE),
  SPENDING_RESPONSIBLY("Verantwoord besteden", CoachingPart.TWO),
  BEING_PREPARED("Voorbereid zijn", CoachingPart.TWO);

  private final String dutchName;
  private final CoachingPart part;

  Theme(String dutchName, CoachingPart part) {
    this.dutchName = dutchName;
    this.part = part;
  }

  public String dutchName() {
    return dutchName;
  }

  public CoachingPart part() {
    return part;
  }

  /** The two halves of the coaching phase, separated by the mid evaluation. */
  public enum CoachingPart {
    ONE,
    TWO
  }
}
