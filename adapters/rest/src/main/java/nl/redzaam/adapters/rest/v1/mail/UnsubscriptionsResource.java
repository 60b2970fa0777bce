package nl.redzaam.adapters.rest.v1.mail;

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
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.mail.Unsubscribe;
import nl.redzaam.application.port.MailPreferences;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Turning an optional mail off from the link in the mail, without logging in. */
@RequestScoped
@Path("/v1/unsubscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@Transactional
public class UnsubscriptionsResource {

  @Inject Unsubscribe unsubscribe;

  /**
   * @param token the secret from the unsubscribe link (its {@code t} parameter)
   * @param mails which mails to turn off (its {@code s} parameter)
   */
  @Schema(name = "Unsubscription")
  public record Unsubscription(String token, String mails) {}

  @POST
  @SecurityRequirements
  @Operation(
      summary = "Turn optional mails off",
      description =
          "Every optional mail ends with a link that turns that kind of mail off:"
              + " WEEKLY_ASSIGNMENTS, REMINDERS (evaluation and check-in reminders) or COACH_NEWS."
              + " The link's secret token is all it takes; no login. Turning off what is off"
              + " already is fine. The link itself opens the page /afmelden, which asks to"
              + " confirm and also takes the one-click POST of RFC 8058.")
  @APIResponse(responseCode = "204", description = "Turned off")
  @APIResponse(responseCode = "400", description = "No body, a missing field or an unknown value")
  @APIResponse(responseCode = "404", description = "not-found: no such unsubscribe link")
  public Response unsubscribe(@NotNull Unsubscription body) {
    unsubscribe.execute(
        new Unsubscribe.Command(
            Json.required(body.token(), "token"),
            Json.enumValue(
                MailPreferences.OptionalMail.class,
                Json.required(body.mails(), "mails"),
                "mails")));
    return Response.noContent().build();
  }
}
