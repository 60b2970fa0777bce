package nl.redzaam.adapters.rest.v1.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import nl.redzaam.adapters.rest.security.RateLimited;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.login.RequestLimits;
import nl.redzaam.application.login.RequestLimits.Door;
import nl.redzaam.application.login.RequestPasswordReset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Forgot the password: ask for a mail with a link to choose a new one. */
@RequestScoped
@Path("/v1/password-reset-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@Transactional
public class PasswordResetRequestsResource {

  /**
   * Every answer takes at least this long, so that the time does not tell whether the address has
   * an account: without one the use case returns at once, with one it stores a token and records a
   * mail. This is well above what that work takes.
   */
  static final Duration MINIMUM_ANSWER_TIME = Duration.ofMillis(400);

  @Inject RequestPasswordReset requestPasswordReset;
  @Inject RequestLimits limits;

  public record ResetRequest(String email) {}

  @POST
  @RateLimited(Door.PASSWORD_RESET_PER_ADDRESS)
  @SecurityRequirements
  @Operation(
      summary = "Ask for a password reset mail",
      description =
          "If an active account has this email address, its owner gets a mail with a link to"
              + " choose a new password (POST /v1/password-resets). The link works once, for one"
              + " hour; a new request voids the earlier link. The answer is the same whether the"
              + " address has an account or not, and so is the time it takes (at least 400 ms). One address may ask a few times an hour (429).")
  @APIResponse(responseCode = "202", description = "Accepted; a mail follows if the account exists")
  @APIResponse(responseCode = "422", description = "invalid-email-address")
  @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After")
  public Response requestPasswordReset(@NotNull ResetRequest body) {
    long started = System.nanoTime();
    try {
      String email = Json.required(body.email(), "email");
      // Counted per typed address, with or without an account, so a refusal reveals nothing.
      limits.check(Door.PASSWORD_RESET_PER_ACCOUNT, email);
      requestPasswordReset.execute(new RequestPasswordReset.Command(email));
      return Response.accepted().build();
    } finally {
      waitUntil(started + MINIMUM_ANSWER_TIME.toNanos());
    }
  }

  static void waitUntil(long nanoTime) {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      try {
        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
