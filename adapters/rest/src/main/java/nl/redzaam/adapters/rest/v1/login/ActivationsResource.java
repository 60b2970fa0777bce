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
import nl.redzaam.application.login.ActivateAccount;
import nl.redzaam.application.login.RequestLimits.Door;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Activating an account from an invitation: accept the privacy statement, choose a password. */
@RequestScoped
@Path("/v1/activations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@Transactional
public class ActivationsResource {

  @Inject ActivateAccount activateAccount;

  public record Activation(String token, String password, Boolean privacyStatementAccepted) {}

  @POST
  @RateLimited(Door.ACTIVATION_PER_ADDRESS)
  @SecurityRequirements
  @Operation(
      summary = "Activate an account",
      description =
          "Step 3 of the method: with the token from the invitation, the resident (or a new staff"
              + " member or support worker, added by the administrator) accepts the privacy"
              + " statement and chooses a password: 8 to 128 characters, not common or easy to"
              + " guess. The token works once and decides the kind of account.")
  @APIResponse(responseCode = "204", description = "Activated; log in with the new password")
  @APIResponse(
      responseCode = "422",
      description =
          "activation-link-invalid, privacy-statement-not-accepted, password-too-short,"
              + " password-too-long or password-too-easy")
  @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After")
  public Response activate(@NotNull Activation body) {
    activateAccount.execute(
        new ActivateAccount.Command(
            Json.required(body.token(), "token"),
            Json.required(body.password(), "password"),
            Boolean.TRUE.equals(body.privacyStatementAccepted())));
    return Response.noContent().build();
  }
}
