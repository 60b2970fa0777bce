package nl.redzaam.domain.municipality;

/**
 * Which staff members of a municipality must log in with a second factor (a code from an
 * authenticator app) besides their password. Residents and others may always turn it on themselves.
 */
public enum SecondFactorRule {
  /** Nobody must; everyone may. */
  VOLUNTARY("Vrijwillig voor iedereen"),
  /** Administrators must; the default, because they can change every account. */
  ADMINISTRATORS("Verplicht voor beheerders"),
  /** Every staff member must, whatever their roles. */
  ALL_STAFF("Verplicht voor alle medewerkers");

  private final String dutchName;

  SecondFactorRule(String dutchName) {
    this.dutchName = dutchName;
  }

  public String dutchName() {
    return dutchName;
  }

  /**
   * Whether a staff member must use a second factor.
   *
   * @param administrator whether they hold the administrator role (among others)
   */
  public boolean requiresFor(boolean administrator) {
    return switch (this) {
      case VOLUNTARY -> false;
      case ADMINISTRATORS -> administrator;
      case ALL_STAFF -> true;
    };
  }
}
