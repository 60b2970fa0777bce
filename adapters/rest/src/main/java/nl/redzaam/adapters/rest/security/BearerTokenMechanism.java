package nl.redzaam.adapters.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.redzaam.adapters.rest.audit.RequestIds;
import nl.redzaam.adapters.rest.problem.BodySizeLimit;
import nl.redzaam.adapters.rest.problem.DatabaseUnavailable;
import nl.redzaam.application.port.Account;

/**
 * Recognises the caller by the session token in {@code Authorization: Bearer <token>} (ADR 0009).
 * Requests to protected paths without a living session get 401; the error page turns that into
 * problem details.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

  private static final String PREFIX = "Bearer ";
  private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());

  @Inject SessionCheck sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Authentication runs before any servlet filter: the request gets its id here.
    RequestIds.assign(request, response);
    Optional<Account> account;
    try {
      account = bearerToken(request).flatMap(sessions::accountFor);
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causes(e)) {
        throw e;
      }
      // The session cannot be looked up: neither 401 (the session may be fine) nor 500.
      LOG.warning(() -> "Database unavailable while checking a session: " + e);
      discardBody(request);
      SecurityHeaders.apply(request, response);
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      try {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } catch (IOException gone) {
        // The client left; nothing to answer.
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (account.isPresent()) {
      return context.notifyContainerAboutLogin(
          new AccountPrincipal(account.get()), Set.of(account.get().kind().name()));
    }
    if (context.isProtected()) {
      discardBody(request);
      // This answer leaves before any servlet filter runs.
      SecurityHeaders.apply(request, response);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Redzaam\"");
      return context.responseUnauthorized();
    }
    return context.doNothing();
  }

  /** An answer before the body is read: read it first (see {@link BodySizeLimit}). */
  private static void discardBody(HttpServletRequest request) {
    if (request.getContentLengthLong() != 0) {
      try {
        BodySizeLimit.discard(request.getInputStream());
      } catch (IOException | IllegalStateException gone) {
        // Nothing left to read.
      }
    }
  }

  /** The token of the request, if it carries one. */
  public static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Optional.empty();
    }
    String token = header.substring(PREFIX.length()).trim();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
