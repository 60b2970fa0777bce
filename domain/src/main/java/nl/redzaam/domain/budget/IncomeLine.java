package nl.redzaam.domain.budget;

import java.math.BigDecimal;
import java.util.Objects;
import nl.redzaam.domain.shared.Text;

/** Money coming in: wages, a benefit, an allowance, ... */
public record IncomeLine(String source, BigDecimal amount, Frequency frequency) {
  public IncomeLine {
    source = Text.required(source, "source", BudgetPlan.MAX_TEXT);
    amount = Euros.of(amount, "amount");
    Objects.requireNonNull(frequency, "frequency");
  }

  public BigDecimal monthlyAmount() {
    return frequency.monthly(amount);
  }
}
