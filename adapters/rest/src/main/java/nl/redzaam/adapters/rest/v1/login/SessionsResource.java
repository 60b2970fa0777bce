package nl.redzaam.adapters.rest.v1.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.security.BearerTokenMechanism;
import nl.redzaam.adapters.rest.security.RateLimited;
import nl.redzaam.application.login.Authentication;
import nl.redzaam.application.login.Authentication.LoginResult;
import nl.redzaam.application.login.IdentityProviderLogin;
import nl.redzaam.application.login.LoginFailed;
import nl.redzaam.application.login.LoginLocked;
import nl.redzaam.application.login.RequestLimits.Door;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Logging in (a new session) and out (ending the current one). */
@RequestScoped
@Path("/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class SessionsResource {

  @Inject Authentication authentication;
  @Inject IdentityProviderLogin identityProviderLogin;
  @Context HttpServletRequest request;

  public record Credentials(String email, String password) {}

  /** A started session, or (answer 202) only the second factor that is due before one starts. */
  @Schema(name = "NewSession")
  public record NewSession(
      @Schema(description = "The bearer token; absent while a second factor is due") String token,
      Instant expiresAt,
      @Schema(
              description =
                  "The session ends after this many minutes without requests; a client can warn"
                      + " and offer to stay logged in shortly before")
          Long idleMinutes,
      String accountKind,
      UUID personId,
      // Only when this login set up the authenticator app: ten recovery codes, shown this once.
      List<String> recoveryCodes,
      // Only in answer 202: the password was right and a code from the app is due.
      SecondFactorChallenge secondFactorDue) {

    static NewSession due(SecondFactorChallenge challenge) {
      return new NewSession(null, null, null, null, null, null, challenge);
    }
  }

  @Schema(name = "SecondFactorChallenge")
  public record SecondFactorChallenge(
      @Schema(description = "Send with the code to POST /v1/sessions/second-factor")
          String challenge,
      Instant expiresAt,
      // Present when the account must have a second factor and has none yet.
      EnrolmentView enrolment) {}

  public record SecondFactorAnswer(String challenge, String code) {}

  public record IdentityProviderTicket(String ticket) {}

  @POST
  @RateLimited(Door.LOGIN_PER_ADDRESS)
  // A failed login must still count towards the lockout, so it must not roll back.
  @Transactional(dontRollbackOn = {LoginFailed.class, LoginLocked.class})
  @SecurityRequirements
  @Operation(
      summary = "Log in",
      description =
          "Checks email address and password and starts a session. Send the token as"
              + " 'Authorization: Bearer <token>'. An account with a second factor gets 202 instead,"
              + " with only secondFactorDue: a challenge to complete with a code from the"
              + " authenticator app, and, where the municipality requires an app and none is set"
              + " up yet, the enrolment (secret and QR code) to set one up first. A session ends after 30 minutes without requests"
              + " and 12 hours after login (configurable). After 5 failed attempts the address is"
              + " locked for 15 minutes. One client address may try a limited number of logins in a"
              + " window (429).")
  @APIResponse(
      responseCode = "201",
      description = "Logged in",
      content = @Content(schema = @Schema(ref = "NewSession")))
  @APIResponse(
      responseCode = "202",
      description =
          "The password is right and a code from the authenticator app is due (or, where the"
              + " municipality requires one and none is set up yet, the app must be set up first):"
              + " only secondFactorDue is filled in",
      content = @Content(schema = @Schema(ref = "NewSession")))
  @APIResponse(responseCode = "401", description = "Wrong email address or password")
  @APIResponse(
      responseCode = "429",
      description = "Locked, or too many logins from this address; see Retry-After")
  public Response logIn(@NotNull Credentials body) {
    LoginResult result =
        authentication.logIn(
            body.email(), body.password(), BearerTokenMechanism.bearerToken(request).orElse(null));
    if (result instanceof Authentication.SecondFactorDue due) {
      EnrolmentView enrolment = due.enrolment() == null ? null : EnrolmentView.of(due.enrolment());
      return Response.accepted(
              NewSession.due(
                  new SecondFactorChallenge(due.challenge(), due.expiresAt(), enrolment)))
          .build();
    }
    return created((Authentication.NewSession) result);
  }

  @POST
  @Path("/second-factor")
  @RateLimited(Door.LOGIN_PER_ADDRESS)
  @Transactional(dontRollbackOn = {LoginFailed.class, LoginLocked.class})
  @SecurityRequirements
  @Operation(
      summary = "Log in: the second step",
      description =
          "Completes a login whose password was right with the six-digit code from the"
              + " authenticator app, or with one of the recovery codes (each works once). When"
              + " the login set up the app, only the app's code counts and the answer carries"
              + " ten new recovery codes (recoveryCodes), shown this once. After 5 wrong codes the account's second step is locked"
              + " for 15 minutes. A challenge lasts 5 minutes.")
  @APIResponse(
      responseCode = "201",
      description = "Logged in",
      content = @Content(schema = @Schema(ref = "NewSession")))
  @APIResponse(
      responseCode = "401",
      description = "Wrong or used code, or an unknown or expired challenge")
  @APIResponse(responseCode = "429", description = "Too many wrong codes; see Retry-After")
  public Response completeLogIn(@NotNull SecondFactorAnswer body) {
    return created(authentication.completeLogIn(body.challenge(), body.code()));
  }

  @POST
  @Path("/identity-provider")
  @RateLimited(Door.LOGIN_PER_ADDRESS)
  @Transactional
  @SecurityRequirements
  @Operation(
      summary = "Log in: after the municipality's identity provider",
      description =
          "Exchanges the ticket that GET /v1/identity-providers/callback put in the login page's"
              + " address for a session. A ticket works once and for one minute. The provider's"
              + " login takes the place of password and second factor.")
  @APIResponse(
      responseCode = "201",
      description = "Logged in",
      content = @Content(schema = @Schema(ref = "NewSession")))
  @APIResponse(
      responseCode = "401",
      description = "identity-provider-login-refused: an unknown, used or expired ticket")
  public Response enterWithTicket(@NotNull IdentityProviderTicket body) {
    return created(
        identityProviderLogin.enter(
            body.ticket(), BearerTokenMechanism.bearerToken(request).orElse(null)));
  }

  private static Response created(Authentication.NewSession session) {
    return Response.status(Response.Status.CREATED)
        .entity(
            new NewSession(
                session.token(),
                session.expiresAt(),
                session.idleTimeout().toMinutes(),
                session.account().kind().name(),
                session.account().personId(),
                session.recoveryCodes().isEmpty() ? null : session.recoveryCodes(),
                null))
        .build();
  }

  @DELETE
  @Path("/current")
  @Transactional
  @Operation(summary = "Log out", description = "Ends the session of the token sent.")
  @APIResponse(responseCode = "204", description = "Logged out")
  public Response logOut() {
    authentication.logOut(BearerTokenMechanism.bearerToken(request).orElse(null));
    return Response.noContent().build();
  }
}
