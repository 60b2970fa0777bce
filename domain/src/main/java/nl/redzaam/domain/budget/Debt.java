package nl.redzaam.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.domain.shared.Text;

/**
 * A debt: whom it is owed to (creditor, or the provider of a loan), what is still outstanding, what
 * is paid off per period and, when known, the date the payments end.
 *
 * @param endDate the last day of the payments, or null when not known
 */
public record Debt(
    String creditor,
    BigDecimal outstandingAmount,
    BigDecimal periodicAmount,
    Frequency frequency,
    LocalDate endDate) {

  public Debt {
    creditor = Text.required(creditor, "creditor", BudgetPlan.MAX_TEXT);
    outstandingAmount = Euros.of(outstandingAmount, "outstandingAmount");
    periodicAmount = Euros.of(periodicAmount, "periodicAmount");
    Objects.requireNonNull(frequency, "frequency");
  }

  public Optional<LocalDate> end() {
    return Optional.ofNullable(endDate);
  }

  /** The payment per month, or zero once the payments have ended. */
  public BigDecimal monthlyPayment(LocalDate today) {
    return endDate != null && endDate.isBefore(today)
        ? BigDecimal.ZERO.setScale(2)
        : frequency.monthly(periodicAmount);
  }
}
