package nl.redzaam.adapters.rest.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request gets an id, answered in {@code X-Request-Id} and in every problem document, so that
 * a user's report ("it said request 3f2c…") leads an operator to the log lines of that request. A
 * well-formed id sent by a proxy in front is kept, so one id follows the request.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = RequestIds.class.getName();

  /** Letters, digits, dot, dash and underscore only: nothing that could forge a log line. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestIds() {}

  /** Gives the request its id once; later calls for the same request answer the same id. */
  public static String assign(HttpServletRequest request, HttpServletResponse response) {
    String id;
    if (request.getAttribute(ATTRIBUTE) instanceof String known) {
      id = known;
    } else {
      String given = request.getHeader(HEADER);
      id =
          given != null && WELL_FORMED.matcher(given).matches()
              ? given
              : UUID.randomUUID().toString();
      request.setAttribute(ATTRIBUTE, id);
    }
    response.setHeader(HEADER, id);
    CURRENT.set(id);
    return id;
  }

  /** The id of the request this thread serves, or null outside a request. */
  public static String current() {
    return CURRENT.get();
  }

  public static String of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
  }

  public static void clear() {
    CURRENT.remove();
  }
}
