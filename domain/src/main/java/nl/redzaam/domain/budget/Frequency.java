package nl.redzaam.domain.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How often an amount is received or paid; every amount is also shown per month. */
public enum Frequency {
  WEEKLY(52),
  FOUR_WEEKLY(13),
  MONTHLY(12),
  QUARTERLY(4),
  YEARLY(1);

  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  private final int timesPerYear;

  Frequency(int timesPerYear) {
    this.timesPerYear = timesPerYear;
  }

  /**
   * The amount per month: times per year divided by twelve, rounded half up to cents once (weekly
   * 100.00 is 433.33 a month, four-weekly 100.00 is 108.33).
   */
  public BigDecimal monthly(BigDecimal amount) {
    return amount
        .multiply(BigDecimal.valueOf(timesPerYear))
        .divide(MONTHS, 2, RoundingMode.HALF_UP);
  }
}
