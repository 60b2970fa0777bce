package nl.redzaam.adapters.rest.v1.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.redzaam.application.login.OwnSecondFactor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in person's own second factor: see it, turn it on, new recovery codes, turn off. */
@RequestScoped
@Path("/v1/me/second-factor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@Transactional
public class SecondFactorResource {

  @Inject OwnSecondFactor ownSecondFactor;

  @Schema(name = "SecondFactorStatus")
  public record Status(
      @Schema(description = "OFF, WAITING_FOR_CODE (set-up started) or ON") String state,
      @Schema(description = "Whether the municipality requires it for this account")
          boolean required,
      int unusedRecoveryCodes) {}

  public record Code(String code) {}

  @Schema(name = "RecoveryCodes")
  public record RecoveryCodes(List<String> recoveryCodes) {}

  @GET
  @Operation(summary = "My second factor", description = "Whether it is on, and required.")
  @APIResponse(
      responseCode = "200",
      description = "The state",
      content = @Content(schema = @Schema(ref = "SecondFactorStatus")))
  public Status status() {
    OwnSecondFactor.Status s = ownSecondFactor.status();
    return new Status(s.state().name(), s.required(), s.unusedRecoveryCodes());
  }

  @POST
  @Operation(
      summary = "Start setting up an authenticator app",
      description =
          "A new secret, as text and as a QR code. It counts only after POST"
              + " /v1/me/second-factor/confirmation with the app's first code. Starting again"
              + " replaces a secret that was not confirmed.")
  @APIResponse(
      responseCode = "201",
      description = "The secret to put in the app",
      content = @Content(schema = @Schema(ref = "SecondFactorEnrolment")))
  @APIResponse(responseCode = "409", description = "second-factor-already-on")
  public Response startEnrolment() {
    return Response.status(Response.Status.CREATED)
        .entity(EnrolmentView.of(ownSecondFactor.startEnrolment()))
        .build();
  }

  @POST
  @Path("/confirmation")
  @Operation(
      summary = "Confirm the authenticator app",
      description =
          "With the app's first code the second factor is on: every later login asks for a code."
              + " Answers ten recovery codes, shown this once.")
  @APIResponse(
      responseCode = "200",
      description = "On; the recovery codes",
      content = @Content(schema = @Schema(ref = "RecoveryCodes")))
  @APIResponse(responseCode = "409", description = "second-factor-not-started")
  @APIResponse(responseCode = "422", description = "second-factor-code-wrong")
  public RecoveryCodes confirm(@NotNull Code body) {
    return new RecoveryCodes(ownSecondFactor.confirmEnrolment(body.code()));
  }

  @POST
  @Path("/recovery-codes")
  @Operation(
      summary = "New recovery codes",
      description = "Ten new recovery codes for a code from the app; the old ones stop working.")
  @APIResponse(
      responseCode = "200",
      description = "The new recovery codes",
      content = @Content(schema = @Schema(ref = "RecoveryCodes")))
  @APIResponse(responseCode = "409", description = "second-factor-off")
  @APIResponse(responseCode = "422", description = "second-factor-code-wrong")
  public RecoveryCodes newRecoveryCodes(@NotNull Code body) {
    return new RecoveryCodes(ownSecondFactor.newRecoveryCodes(body.code()));
  }

  @POST
  @Path("/deactivation")
  @Operation(
      summary = "Turn the second factor off",
      description =
          "For a code from the app or a recovery code; not where the municipality requires it.")
  @APIResponse(responseCode = "204", description = "Off")
  @APIResponse(responseCode = "409", description = "second-factor-off or second-factor-required")
  @APIResponse(responseCode = "422", description = "second-factor-code-wrong")
  public Response turnOff(@NotNull Code body) {
    ownSecondFactor.turnOff(body.code());
    return Response.noContent().build();
  }
}
