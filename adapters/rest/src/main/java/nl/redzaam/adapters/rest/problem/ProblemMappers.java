package nl.redzaam.adapters.rest.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.login.IdentityProviderLogin;
import nl.redzaam.application.login.LoginFailed;
import nl.redzaam.application.login.LoginLocked;
import nl.redzaam.application.login.TooManyRequests;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.OpenIdConnect;
import nl.redzaam.domain.shared.RuleViolation;

/** Maps every exception that reaches JAX-RS to a problem details response. */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** HTTP 428 Precondition Required (RFC 6585), which {@link Status} does not list. */
  private static final int PRECONDITION_REQUIRED = 428;

  /** Rules that are about who may act: reported as 403, like any other access refusal. */
  private static final Set<String> ACCESS_RULES =
      Set.of(
          "coach-only",
          "not-a-participant",
          "starter-takes-part",
          "budget-plan-not-shared",
          "budget-plan-read-only",
          "budget-rights-by-professional",
          "specialist-only");

  /** Rules about the trajectory's current state, not about the request itself: 409. */
  private static final Set<String> STATE_RULES =
      Set.of(
          "wrong-stage",
          "closed-trajectory-is-read-only",
          "not-in-coaching",
          "assignment-not-answerable",
          "assignment-not-yet-available",
          "week-not-open-yet",
          "nothing-to-review",
          "already-paused",
          "not-paused",
          "same-tempo",
          "evaluation-not-open",
          "resident-has-running-trajectory",
          "email-in-use",
          "grant-already-revoked",
          "growth-plan-from-start-conversation",
          "goal-already-achieved",
          "not-tailorable",
          "cannot-skip",
          "not-skipped",
          "stress-unchanged",
          "screening-taken-once",
          "check-in-already-held",
          "too-late-to-stop-early",
          "support-already-granted",
          "second-factor-already-on",
          "second-factor-not-started",
          "second-factor-off",
          "second-factor-required",
          "court-advice-final",
          "court-advice-needs-outcome",
          "court-advice-from-final-evaluation");

  @Provider
  public static class RuleViolationMapper implements ExceptionMapper<RuleViolation> {
    @Override
    public Response toResponse(RuleViolation e) {
      if (ACCESS_RULES.contains(e.rule())) {
        return Problem.response(e.rule(), "Not allowed", Status.FORBIDDEN, e.getMessage());
      }
      if (STATE_RULES.contains(e.rule())) {
        return Problem.response(
            e.rule(), "Not possible in the current state", Status.CONFLICT, e.getMessage());
      }
      return Problem.response(
          e.rule(), "The request breaks a rule", Problem.UNPROCESSABLE_CONTENT, e.getMessage());
    }
  }

  @Provider
  public static class LoginFailedMapper implements ExceptionMapper<LoginFailed> {
    @Override
    public Response toResponse(LoginFailed e) {
      return Problem.response("login-failed", "Login failed", Status.UNAUTHORIZED, e.getMessage());
    }
  }

  @Provider
  public static class IdentityProviderRefusedMapper
      implements ExceptionMapper<IdentityProviderLogin.Refused> {
    @Override
    public Response toResponse(IdentityProviderLogin.Refused e) {
      return Problem.response(
          "identity-provider-login-refused", "Login failed", Status.UNAUTHORIZED, e.getMessage());
    }
  }

  @Provider
  public static class ProviderFailedMapper
      implements ExceptionMapper<OpenIdConnect.ProviderFailed> {
    private static final Logger LOG = Logger.getLogger(ProviderFailedMapper.class.getName());

    @Override
    public Response toResponse(OpenIdConnect.ProviderFailed e) {
      // The operator needs the reason (a wrong issuer, an unreachable host); the caller does not.
      LOG.warning("An identity provider failed: " + e.getMessage());
      return Problem.response(
          "identity-provider-unavailable",
          "The identity provider cannot be reached",
          Status.BAD_GATEWAY,
          "The municipality's identity provider does not answer as it should; log in with your"
              + " password, or try again later");
    }
  }

  @Provider
  public static class LoginLockedMapper implements ExceptionMapper<LoginLocked> {
    @Override
    public Response toResponse(LoginLocked e) {
      return tooManyRequests(
          "login-locked", "Too many failed logins", e.getMessage(), secondsUntil(e.until()));
    }
  }

  @Provider
  public static class TooManyRequestsMapper implements ExceptionMapper<TooManyRequests> {
    @Override
    public Response toResponse(TooManyRequests e) {
      long seconds = secondsUntil(e.until());
      return tooManyRequests(
          "too-many-requests",
          "Too many requests",
          "Too many requests of this kind; wait " + seconds + " seconds and try again.",
          seconds);
    }
  }

  private static long secondsUntil(Instant until) {
    return Math.max(1, Duration.between(Instant.now(), until).toSeconds());
  }

  /** 503 while the database cannot be reached, with the Retry-After header clients wait by. */
  public static Response databaseUnavailable() {
    return serviceUnavailable("database-unavailable", DatabaseUnavailable.DETAIL);
  }

  private static Response serviceUnavailable(String kind, String detail) {
    return Response.fromResponse(
            Problem.response(kind, "Temporarily unavailable", Status.SERVICE_UNAVAILABLE, detail))
        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .build();
  }

  /** A 429 problem with the Retry-After header clients wait by. */
  private static Response tooManyRequests(String kind, String title, String detail, long seconds) {
    return Response.fromResponse(Problem.response(kind, title, Status.TOO_MANY_REQUESTS, detail))
        .header("Retry-After", seconds)
        .build();
  }

  @Provider
  public static class NotFoundMapper implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound e) {
      return Problem.response("not-found", "Not found", Status.NOT_FOUND, e.getMessage());
    }
  }

  @Provider
  public static class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {
    @Override
    public Response toResponse(AccessDenied e) {
      return Problem.response("forbidden", "Not allowed", Status.FORBIDDEN, e.getMessage());
    }
  }

  @Provider
  public static class ConcurrentUpdateMapper implements ExceptionMapper<ConcurrentUpdateException> {
    @Override
    public Response toResponse(ConcurrentUpdateException e) {
      return Problem.response(
          "concurrent-update",
          "Changed by someone else",
          Status.CONFLICT,
          "Someone else changed this at the same time. Load it again and retry.");
    }
  }

  /** A change based on a version (If-Match) that is no longer the stored one. */
  @Provider
  public static class StaleVersionMapper implements ExceptionMapper<StaleVersion> {
    @Override
    public Response toResponse(StaleVersion e) {
      return Problem.response(
          "stale-version",
          "Changed since you read it",
          Status.PRECONDITION_FAILED,
          "Someone changed this since you read it. Read it again (GET) and retry with the new"
              + " ETag in If-Match.");
    }
  }

  @Provider
  public static class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequired> {
    @Override
    public Response toResponse(PreconditionRequired e) {
      return Problem.response(
          "if-match-required", "If-Match required", PRECONDITION_REQUIRED, e.getMessage());
    }
  }

  @Provider
  public static class BadRequestMapper implements ExceptionMapper<BadRequest> {
    @Override
    public Response toResponse(BadRequest e) {
      return Problem.response(
          "bad-request",
          "Bad request",
          Status.BAD_REQUEST.getStatusCode(),
          e.getMessage(),
          e.field().map(f -> List.of(new Problem.InvalidParam(f, e.getMessage()))).orElse(null));
    }
  }

  /**
   * A request body that a resource method requires ({@code @NotNull}) and the request left out:
   * Bean Validation refuses it before the method runs.
   */
  @Provider
  public static class ConstraintViolationMapper
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      return new BadRequestMapper().toResponse(new BadRequest("body", "The body is required"));
    }
  }

  /** Errors JAX-RS raises itself (unknown path, wrong method, unreadable JSON, ...). */
  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (e.getCause() instanceof BadRequest badRequest) {
        // From a parameter converter, which must throw a WebApplicationException (DomainIds).
        return new BadRequestMapper().toResponse(badRequest);
      }
      Response original = e.getResponse();
      String title = original.getStatusInfo().getReasonPhrase();
      String detail =
          e instanceof NotFoundException
              ? "There is nothing at this address."
              : (original.getStatus() == 400
                  ? "The request could not be read; check the JSON and parameters."
                  : title);
      return Problem.response("http-" + original.getStatus(), title, original.getStatus(), detail);
    }
  }

  /** Anything unexpected: logged, and answered without internals. */
  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof StaleVersion stale) {
          return new StaleVersionMapper().toResponse(stale);
        }
        if (cause instanceof ConcurrentUpdateException concurrent) {
          return new ConcurrentUpdateMapper().toResponse(concurrent);
        }
        if (cause instanceof RuleViolation rule) {
          return new RuleViolationMapper().toResponse(rule);
        }
        cause = cause.getCause();
      }
      if (DatabaseUnavailable.causes(e)) {
        // An outage, not a bug: one line, not a stack trace per request.
        LOG.warning(() -> "Database unavailable: " + e);
        return databaseUnavailable();
      }
      if (DatabaseUnavailable.duringCommit(e)) {
        LOG.warning(() -> "The commit failed, its outcome is unknown: " + e);
        return serviceUnavailable("outcome-unknown", DatabaseUnavailable.OUTCOME_UNKNOWN);
      }
      LOG.log(Level.SEVERE, "Unexpected error", e);
      return Problem.response(
          "internal-error",
          "Internal error",
          Status.INTERNAL_SERVER_ERROR,
          "Something went wrong on our side. Try again later.");
    }
  }

  /**
   * A failure of the transaction around a resource method, mostly at commit. Jersey's own mapper
   * for it would rethrow the cause and end in a 500; ours reads the cause like any failure.
   */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class TransactionalMapper
      implements ExceptionMapper<jakarta.transaction.TransactionalException> {
    @Override
    public Response toResponse(jakarta.transaction.TransactionalException e) {
      return new UnexpectedMapper().toResponse(e);
    }
  }
}
