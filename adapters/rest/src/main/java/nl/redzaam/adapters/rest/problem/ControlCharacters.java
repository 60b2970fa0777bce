package nl.redzaam.adapters.rest.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * No control characters in what a request says: not in the path or query (refused here, 400), not
 * in any text of a JSON body ({@link StrictJson}, 400). Tab, line feed and carriage return are fine
 * in bodies (a note may have lines). PostgreSQL refuses NUL outright, and no form needs the others.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class ControlCharacters implements ContainerRequestFilter {

  /** Whether the text holds a C0 or C1 control character other than tab, LF and CR. */
  public static boolean in(String text) {
    return text.chars().anyMatch(c -> isControl(c) && c != '\t' && c != '\n' && c != '\r');
  }

  private static boolean inAddress(String text) {
    return text.chars().anyMatch(ControlCharacters::isControl);
  }

  private static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath(true);
    String query = request.getUriInfo().getRequestUri().getQuery();
    if (inAddress(path) || (query != null && inAddress(query))) {
      request.abortWith(
          Problem.response(
              "bad-request",
              "Bad request",
              jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
              "The address holds control characters."));
    }
  }
}
