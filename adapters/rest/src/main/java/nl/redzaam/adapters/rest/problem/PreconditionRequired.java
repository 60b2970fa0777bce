package nl.redzaam.adapters.rest.problem;

/** A change that needs the version the client read ({@code If-Match}) came without it: 428. */
public class PreconditionRequired extends RuntimeException {
  public PreconditionRequired(String message) {
    super(message);
  }
}
