package nl.redzaam.adapters.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The request itself is malformed: a missing field, an unknown value, a bad identifier. A {@link
 * WebApplicationException}, so that JAX-RS passes it on as it is when a parameter converter throws
 * it (any other exception from converting a path value becomes a 404).
 */
public class BadRequest extends WebApplicationException {

  private final String field;

  public BadRequest(String message) {
    this(null, message);
  }

  /** A problem with one named field of the request; the answer lists it in invalidParams. */
  public BadRequest(String field, String message) {
    super(message, Response.Status.BAD_REQUEST);
    this.field = field;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
