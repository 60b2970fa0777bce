package nl.redzaam.adapters.rest.v1;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.adapters.rest.problem.PreconditionRequired;

/**
 * Optimistic concurrency over HTTP: a read answers with the aggregate's version as a strong ETag
 * ({@code "7"}); a change sends it back in {@code If-Match}. No If-Match (or {@code *}, which would
 * overwrite whatever is there) is 428; a version that is no longer current becomes 412 further on.
 */
public final class ETags {

  private static final Pattern VERSION = Pattern.compile("\"(\\d{1,18})\"");

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version named in the If-Match header. */
  public static long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      throw new PreconditionRequired(
          "Send the ETag of your last read in If-Match, so that nobody's change is overwritten");
    }
    Matcher m = VERSION.matcher(ifMatch.strip());
    if (!m.matches()) {
      throw new BadRequest(
          "If-Match", "If-Match must be one ETag as read, like \"7\", not " + ifMatch);
    }
    return Long.parseLong(m.group(1));
  }
}
