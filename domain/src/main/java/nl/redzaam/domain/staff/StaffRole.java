package nl.redzaam.domain.staff;

/** What a professional may do in the work environment; one person can hold several roles. */
public enum StaffRole {
  COACH,
  SPECIALIST,
  ADMINISTRATOR,
  /**
   * Beleidsmedewerker: reads the municipality's figures (KPIs) and nothing about individual
   * residents.
   */
  POLICY_OFFICER;

  /** Roles of the municipality itself, which someone of an outside organisation cannot hold. */
  public boolean ownStaffOnly() {
    return this == ADMINISTRATOR || this == POLICY_OFFICER;
  }
}
