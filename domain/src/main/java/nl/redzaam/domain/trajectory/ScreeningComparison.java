package nl.redzaam.domain.trajectory;

import java.math.BigDecimal;
import java.util.List;

/** Start against end per domain, to show growth. Only made when both used the same instrument. */
public record ScreeningComparison(String instrument, List<DomainChange> changes) {

  public ScreeningComparison {
    changes = List.copyOf(changes);
  }

  /** One domain: the score at the start, at the end (null if not scored then) and the change. */
  public record DomainChange(String domain, BigDecimal start, BigDecimal end) {
    public BigDecimal change() {
      return start == null || end == null ? null : end.subtract(start);
    }
  }
}
