package nl.redzaam.adapters.rest.problem;

import java.util.Optional;

/** The request itself is malformed: a missing field, an unknown value, a bad identifier. */
public class BadRequest extends RuntimeException {

  private final String field;

  public BadRequest(String message) {
    this(null, message);
  }

  /** A problem with one named field of the request; the answer lists it in invalidParams. */
  public BadRequest(String field, String message) {
    super(message);
    this.field = field;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
