package nl.redzaam.domain.method;

/**
 * The kinds of trajectory the method offers. Only the prevention type ({@link #FINANCIAL_SUPPORT})
 * can run without a specialist; the others always involve a debt counsellor, budget manager or
 * court-appointed administrator.
 */
public enum TrajectoryType {
  DEBT_ASSISTANCE("schuldhulpverlening", Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT, true),
  BUDGET_MANAGEMENT("budgetbeheer", Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT, true),
  PROTECTIVE_ADMINISTRATION("beschermingsbewind", Module.PROTECTIVE_ADMINISTRATION, true),
  FINANCIAL_SUPPORT("financiële hulpverlening", Module.FINANCIAL_SUPPORT, false);

  private final String dutchName;
  private final Module module;
  private final boolean requiresSpecialist;

  TrajectoryType(String dutchName, Module module, boolean requiresSpecialist) {
    this.dutchName = dutchName;
    this.module = module;
    this.requiresSpecialist = requiresSpecialist;
  }

  public String dutchName() {
    return dutchName;
  }

  public Module module() {
    return module;
  }

  public boolean requiresSpecialist() {
    return requiresSpecialist;
  }
}
