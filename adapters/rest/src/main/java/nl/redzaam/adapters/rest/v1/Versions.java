package nl.redzaam.adapters.rest.v1;

import jakarta.ws.rs.core.EntityTag;
import nl.redzaam.adapters.rest.problem.PreconditionRequired;
import nl.redzaam.application.OutdatedVersion;

/**
 * Optimistic concurrency over HTTP: a GET answers with an ETag made from the stored version, a
 * change sends it back in If-Match. Without If-Match: 428; with another version: 412.
 */
final class Versions {

  private Versions() {}

  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version named in an If-Match header such as {@code "3"} (or {@code W/"3"}). */
  static long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      throw new PreconditionRequired(
          "Send the ETag of what you read in the If-Match header, so that nobody's change is lost");
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new OutdatedVersion("If-Match " + header + " is not a version of this object");
    }
  }
}
