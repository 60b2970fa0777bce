package nl.redzaam.adapters.rest.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import nl.redzaam.application.login.RequestLimits;

/**
 * Counts a request to a {@link RateLimited} method against its client address before the method
 * reads the body; a full window is answered 429 with Retry-After (ProblemMappers).
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHENTICATION)
public class RateLimitFilter implements ContainerRequestFilter {

  @Inject RequestLimits limits;
  @Inject ClientAddress clientAddress;
  @Context ResourceInfo resource;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    RateLimited limited = resource.getResourceMethod().getAnnotation(RateLimited.class);
    if (limited != null) {
      limits.check(limited.value(), clientAddress.of(request));
    }
  }
}
