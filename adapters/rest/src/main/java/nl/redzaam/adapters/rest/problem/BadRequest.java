package nl.redzaam.adapters.rest.problem;

/** The request itself is malformed: a missing field, an unknown value, a bad identifier. */
public class BadRequest extends RuntimeException {
  public BadRequest(String message) {
    super(message);
  }
}
