package nl.redzaam.adapters.rest.v1.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.redzaam.adapters.rest.v1.ETags;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.mail.MyMailPreferences;
import nl.redzaam.application.port.MailPreferences;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which optional mails the logged-in person gets. */
@RequestScoped
@Path("/v1/me/mail-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@Transactional
public class MailPreferencesResource {

  @Inject MyMailPreferences myMailPreferences;

  /**
   * @param weeklyAssignments residents: a mail on Monday when the week's assignments are ready
   * @param reminders residents: a mail before an evaluation or an aftercare check-in
   * @param coachNews coaches: EACH note or message from a resident, a DAILY_DIGEST, or OFF
   */
  @Schema(name = "MailPreferencesView")
  public record MailPreferencesView(
      boolean weeklyAssignments, boolean reminders, String coachNews) {}

  @Schema(name = "MailPreferencesChange")
  public record MailPreferencesChange(
      Boolean weeklyAssignments, Boolean reminders, String coachNews) {}

  @GET
  @Operation(
      summary = "Read my mail preferences",
      description =
          "Which optional mails you get. Before you choose: no weekly mail, reminders on, a mail"
              + " per note or message (coaches). Mails you need, like an invitation or a"
              + " password reset, always come. The ETag is needed to change them.")
  @APIResponse(
      responseCode = "200",
      description =
          "Your mail preferences; ETag header is their version (\"0\" while none are stored)",
      content = @Content(schema = @Schema(ref = "MailPreferencesView")))
  public Response read() {
    MailPreferences p = myMailPreferences.read();
    return Response.ok(
            new MailPreferencesView(p.weeklyAssignments(), p.reminders(), p.coachNews().name()))
        .tag(ETags.of(p.version()))
        .build();
  }

  @PUT
  @Operation(
      summary = "Change my mail preferences",
      description =
          "Sets all three choices at once. Send the ETag of GET /v1/me/mail-preferences in"
              + " If-Match.")
  @APIResponse(responseCode = "204", description = "Changed; ETag header is the new version")
  @APIResponse(responseCode = "400", description = "No body, a missing field or an unknown value")
  @APIResponse(
      responseCode = "412",
      description = "stale-version: your preferences changed since you read them")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match missing")
  public Response change(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull MailPreferencesChange body) {
    long version =
        myMailPreferences.change(
            new MyMailPreferences.Command(
                Json.required(body.weeklyAssignments(), "weeklyAssignments"),
                Json.required(body.reminders(), "reminders"),
                Json.enumValue(
                    MailPreferences.CoachNews.class,
                    Json.required(body.coachNews(), "coachNews"),
                    "coachNews"),
                ETags.expectedVersion(ifMatch)));
    return Response.noContent().tag(ETags.of(version)).build();
  }
}
