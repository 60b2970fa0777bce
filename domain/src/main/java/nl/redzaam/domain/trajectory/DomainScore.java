package nl.redzaam.domain.trajectory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;

/** A screening's score on one domain (for example "overzicht" or "besteden"), to two decimals. */
public record DomainScore(String domain, BigDecimal score) {
  public DomainScore {
    domain = Text.required(domain, "A screening domain", 100);
    Objects.requireNonNull(score, "score");
    score = score.setScale(2, RoundingMode.HALF_UP);
    if (score.abs().compareTo(new BigDecimal("9999.99")) > 0) {
      throw new RuleViolation("score-out-of-range", "A screening score is at most 9999.99");
    }
  }
}
