package nl.redzaam.domain.shared;

/**
 * A request that breaks one of the method's rules. The {@link #rule()} is a stable, kebab-case name
 * that adapters may show to machines (for example as a problem type); the message explains it to a
 * developer.
 */
public class RuleViolation extends RuntimeException {

  private final String rule;

  public RuleViolation(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }

  /** Fails with the given rule unless the condition holds. */
  public static void require(boolean condition, String rule, String message) {
    if (!condition) {
      throw new RuleViolation(rule, message);
    }
  }
}
