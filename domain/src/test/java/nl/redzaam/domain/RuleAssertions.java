package nl.redzaam.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.redzaam.domain.shared.RuleViolation;
import org.junit.jupiter.api.function.Executable;

/** Assertions that name the rule a refused request broke. */
public final class RuleAssertions {

  private RuleAssertions() {}

  /** Asserts that the action fails with a {@link RuleViolation} of the given rule. */
  public static RuleViolation assertViolates(String rule, Executable action) {
    RuleViolation violation = assertThrows(RuleViolation.class, action);
    assertEquals(rule, violation.rule(), () -> "broke another rule: " + violation.getMessage());
    return violation;
  }
}
