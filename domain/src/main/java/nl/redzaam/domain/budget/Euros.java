package nl.redzaam.domain.budget;

import java.math.BigDecimal;
import java.util.Objects;
import nl.redzaam.domain.shared.RuleViolation;

/** Amounts in a budget plan: euros, never negative, at most cents. */
final class Euros {

  /** The largest amount, so that every amount fits the database's NUMERIC(12, 2). */
  static final BigDecimal MAX = new BigDecimal("9999999999.99");

  private Euros() {}

  /**
   * The amount with two decimals, or a violation naming the field when it is negative, too large or
   * has more than two decimals.
   */
  static BigDecimal of(BigDecimal amount, String field) {
    Objects.requireNonNull(amount, field);
    if (amount.signum() < 0
        || amount.compareTo(MAX) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      throw new RuleViolation(
          "amount-invalid",
          field
              + " must be an amount in euros from 0 to "
              + MAX.toPlainString()
              + " with at most 2 decimals, not "
              + amount.toPlainString());
    }
    return amount.setScale(2);
  }
}
