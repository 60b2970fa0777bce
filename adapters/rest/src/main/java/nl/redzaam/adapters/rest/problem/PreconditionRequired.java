package nl.redzaam.adapters.rest.problem;

/** A change that must name the version it is based on ({@code If-Match}) did not. */
public class PreconditionRequired extends RuntimeException {
  public PreconditionRequired(String message) {
    super(message);
  }
}
