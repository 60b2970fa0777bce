package nl.redzaam.adapters.rest.v1;

import jakarta.ws.rs.core.EntityTag;
import nl.redzaam.adapters.rest.problem.PreconditionRequired;
import nl.redzaam.application.PreconditionFailed;

/**
 * Optimistic concurrency over HTTP: a GET answers the aggregate's version as a strong {@code ETag};
 * a change sends it back in {@code If-Match}. Missing: 428; not ours or stale: 412 (the staleness
 * itself is checked by the use case against the stored version).
 */
final class Versions {

  private Versions() {}

  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version named by an {@code If-Match} header value such as {@code "7"}. */
  static long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      throw new PreconditionRequired(
          "Send the ETag of your last GET in If-Match, so that no one else's change is lost");
    }
    String value = header.strip();
    if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
      throw new PreconditionFailed("If-Match " + value + " is not an ETag of this API");
    }
    try {
      return Long.parseLong(value.substring(1, value.length() - 1));
    } catch (NumberFormatException e) {
      throw new PreconditionFailed("If-Match " + value + " is not an ETag of this API");
    }
  }
}
