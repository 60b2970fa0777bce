package nl.redzaam.domain.method;

import java.util.Arrays;
import java.util.List;

/** What a municipality buys. Each module offers one or more trajectory types. */
public enum Module {
  DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT("Schuldhulpverlening & Budgetbeheer"),
  PROTECTIVE_ADMINISTRATION("Beschermingsbewind"),
  FINANCIAL_SUPPORT("Financiële hulpverlening");

  private final String dutchName;

  Module(String dutchName) {
    this.dutchName = dutchName;
  }

  public String dutchName() {
    return dutchName;
  }

  public List<TrajectoryType> trajectoryTypes() {
    return Arrays.stream(TrajectoryType.values()).filter(type -> type.module() == this).toList();
  }
}
