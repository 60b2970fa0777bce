package nl.redzaam.adapters.rest.audit;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import nl.redzaam.adapters.rest.security.ClientAddress;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Application metrics of the API (MicroProfile Metrics, scope application): how long each operation
 * takes ({@code redzaam_requests_seconds}, by method, path template and status class), and how
 * logins end ({@code redzaam_logins_total}, by door and outcome), so that an operator sees a wave
 * of failed logins or lockouts as it happens.
 */
@Provider
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = RequestMetrics.class.getName() + ".started";

  /** The login doors, by method and template. */
  private static final Map<String, String> LOGIN_DOORS =
      Map.of(
          "POST /v1/sessions", "password",
          "POST /v1/sessions/second-factor", "second-factor",
          "POST /v1/sessions/identity-provider", "identity-provider");

  private static final Logger LOG = Logger.getLogger(RequestMetrics.class.getName());

  @Inject MetricRegistry metrics;
  @Inject ClientAddress clientAddress;
  @Context ResourceInfo resource;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)
        || resource == null
        || resource.getResourceMethod() == null) {
      return;
    }
    String operation = request.getMethod() + " " + Operations.template(resource);
    int status = response.getStatus();
    metrics
        .timer(
            "redzaam.requests",
            new Tag("operation", operation),
            new Tag("status", (status / 100) + "xx"))
        .update(Duration.ofNanos(System.nanoTime() - started));
    String door = LOGIN_DOORS.get(operation);
    if (door != null) {
      metrics
          .counter("redzaam.logins", new Tag("door", door), new Tag("outcome", outcome(status)))
          .inc();
    }
  }

  static String outcome(int status) {
    return switch (status) {
      case 201 -> "success";
      case 202 -> "second-factor-due";
      case 401 -> "refused";
      case 429 -> "locked";
      default -> status >= 500 ? "error" : "invalid";
    };
  }
}
