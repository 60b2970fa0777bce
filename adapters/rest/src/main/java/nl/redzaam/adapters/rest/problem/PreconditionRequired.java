package nl.redzaam.adapters.rest.problem;

/** A change that must name the version it is based on (If-Match) came without one: 428. */
public class PreconditionRequired extends RuntimeException {
  public PreconditionRequired(String message) {
    super(message);
  }
}
