package nl.redzaam.domain.budget;

import java.math.BigDecimal;
import java.util.Objects;
import nl.redzaam.domain.shared.Text;

/** Money going out: rent, energy, insurance, groceries, ... */
public record ExpenseLine(String category, BigDecimal amount, Frequency frequency) {
  public ExpenseLine {
    category = Text.required(category, "category", BudgetPlan.MAX_TEXT);
    amount = Euros.of(amount, "amount");
    Objects.requireNonNull(frequency, "frequency");
  }

  public BigDecimal monthlyAmount() {
    return frequency.monthly(amount);
  }
}
