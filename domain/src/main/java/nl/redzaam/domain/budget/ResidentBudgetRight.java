package nl.redzaam.domain.budget;

/** What a professional lets the resident do with their own budget plan. */
public enum ResidentBudgetRight {
  /** The resident does not see the plan (for example while the coach prepares it). */
  NONE,
  /** The resident sees the plan but cannot change it; the default. */
  READ,
  /** The resident sees and changes the plan. */
  READ_AND_EDIT
}
