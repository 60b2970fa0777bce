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
import java.util.UUID;
import nl.redzaam.adapters.rest.security.BearerTokenMechanism;
import nl.redzaam.adapters.rest.security.RateLimited;
import nl.redzaam.application.login.Authentication;
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
  @Context HttpServletRequest request;

  public record Credentials(String email, String password) {}

  @Schema(name = "NewSession")
  public record NewSession(
      String token,
      Instant expiresAt,
      @Schema(
              description =
                  "The session ends after this many minutes without requests; a client can warn"
                      + " and offer to stay logged in shortly before")
          long idleMinutes,
      String accountKind,
      UUID personId) {}

  @POST
  @RateLimited(Door.LOGIN_PER_ADDRESS)
  // A failed login must still count towards the lockout, so it must not roll back.
  @Transactional(dontRollbackOn = {LoginFailed.class, LoginLocked.class})
  @SecurityRequirements
  @Operation(
      summary = "Log in",
      description =
          "Checks email address and password and starts a session. Send the token as"
              + " 'Authorization: Bearer <token>'. A session ends after 30 minutes without requests"
              + " and 12 hours after login (configurable). After 5 failed attempts the address is"
              + " locked for 15 minutes. One client address may try a limited number of logins in a"
              + " window (429).")
  @APIResponse(
      responseCode = "201",
      description = "Logged in",
      content = @Content(schema = @Schema(ref = "NewSession")))
  @APIResponse(responseCode = "401", description = "Wrong email address or password")
  @APIResponse(
      responseCode = "429",
      description = "Locked, or too many logins from this address; see Retry-After")
  public Response logIn(@NotNull Credentials body) {
    var session =
        authentication.logIn(
            body.email(), body.password(), BearerTokenMechanism.bearerToken(request).orElse(null));
    return Response.status(Response.Status.CREATED)
        .entity(
            new NewSession(
                session.token(),
                session.expiresAt(),
                session.idleTimeout().toMinutes(),
                session.account().kind().name(),
                session.account().personId()))
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
