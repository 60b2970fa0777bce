package nl.redzaam.adapters.rest.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * For an operation without a success body (204) the description names only {@code
 * application/problem+json}, for its errors; so a client generated from it (openapi-generator's
 * Java client does) sends {@code Accept: application/problem+json} alone. The resources declare
 * {@code @Produces(application/json)}, and JAX-RS would refuse such a request with 406 before the
 * operation runs. A request that accepts nothing but problem details therefore also accepts JSON,
 * at a lower preference; errors are problem details either way.
 */
@Provider
@PreMatching
public class ProblemOnlyAccept implements ContainerRequestFilter {

  static final String PROBLEM = "application/problem+json";

  @Override
  public void filter(ContainerRequestContext request) {
    widened(request.getHeaders().get(HttpHeaders.ACCEPT))
        .ifPresent(accept -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept));
  }

  /** The Accept header with JSON added, when it names problem details and nothing else. */
  static Optional<String> widened(List<String> acceptHeaders) {
    if (acceptHeaders == null || acceptHeaders.isEmpty()) {
      return Optional.empty();
    }
    String accept = String.join(", ", acceptHeaders);
    boolean problemOnly =
        Arrays.stream(accept.split(","))
            .map(range -> range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
            .filter(range -> !range.isEmpty())
            .allMatch(PROBLEM::equals);
    boolean namesProblem = accept.toLowerCase(Locale.ROOT).contains(PROBLEM);
    return problemOnly && namesProblem
        ? Optional.of(accept + ", application/json;q=0.5")
        : Optional.empty();
  }
}
