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
import nl.redzaam.adapters.rest.security.RateLimited;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.login.RequestLimits.Door;
import nl.redzaam.application.login.ResetPassword;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Choosing a new password with the link from the reset mail. */
@RequestScoped
@Path("/v1/password-resets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@Transactional
public class PasswordResetsResource {

  @Inject ResetPassword resetPassword;

  public record NewPassword(String token, String password) {}

  @POST
  @RateLimited(Door.PASSWORD_RESET_PER_ADDRESS)
  @SecurityRequirements
  @Operation(
      summary = "Choose a new password",
      description =
          "With the token from the reset mail: 8 to 128 characters, not common or easy to guess."
              + " The token works once, for one hour. Every session of the account ends.")
  @APIResponse(responseCode = "204", description = "Changed; log in with the new password")
  @APIResponse(
      responseCode = "422",
      description =
          "password-reset-link-invalid, password-too-short, password-too-long or"
              + " password-too-easy")
  @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After")
  public Response resetPassword(@NotNull NewPassword body) {
    resetPassword.execute(
        new ResetPassword.Command(
            Json.required(body.token(), "token"), Json.required(body.password(), "password")));
    return Response.noContent().build();
  }
}
