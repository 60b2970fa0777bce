package nl.redzaam.adapters.rest.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Gives every log line written while a request is served that request's id (see {@link
 * RequestIds}): as an extra parameter holding a map, which Payara's JSON log formatter writes as a
 * field {@code "requestId"}. The text formatter ignores it, and the message's own parameters keep
 * their places.
 */
public final class RequestIdOnLogLines implements Filter {

  public static final String FIELD = "requestId";

  private final Filter next;

  private RequestIdOnLogLines(Filter next) {
    this.next = next;
  }

  /** Puts the filter in front of whatever filter each of the root logger's handlers has. */
  public static void install() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (!(handler.getFilter() instanceof RequestIdOnLogLines)) {
        handler.setFilter(new RequestIdOnLogLines(handler.getFilter()));
      }
    }
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    String id = RequestIds.current();
    if (id != null) {
      Object[] parameters = record.getParameters();
      Object[] withId =
          parameters == null ? new Object[1] : Arrays.copyOf(parameters, parameters.length + 1);
      withId[withId.length - 1] = Map.of(FIELD, id);
      record.setParameters(withId);
    }
    return next == null || next.isLoggable(record);
  }
}
