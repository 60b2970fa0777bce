package nl.redzaam.adapters.rest.v1.trajectory.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import nl.redzaam.application.trajectory.start.InviteResident;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Step 2: inviting the resident of a trajectory. */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trajectories")
@Transactional
public class InvitationsResource {

  @Inject InviteResident inviteResident;
  @Context UriInfo uri;

  /**
   * The link the resident opens to activate their account. The token sits after '#' so that it
   * never reaches a server's request log. Until the mail issue sends it, the inviter passes it on.
   */
  @Schema(name = "Invitation")
  public record Invitation(URI activationLink, String activationToken, Instant expiresAt) {}

  @POST
  @Operation(
      summary = "Invite the resident",
      description =
          "The specialist (or coach) invites the resident; inviting again replaces the earlier"
              + " link. The activation link works once, for 72 hours (configurable).")
  @APIResponse(
      responseCode = "201",
      description = "Invited",
      content = @Content(schema = @Schema(ref = "Invitation")))
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "The resident has activated already")
  public Response invite(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    var invitation = inviteResident.execute(new InviteResident.Command(trajectoryId));
    URI link =
        uri.getBaseUriBuilder()
            .replacePath("/app/")
            .fragment("activeren/" + invitation.activationToken())
            .build();
    return Response.status(Response.Status.CREATED)
        .entity(new Invitation(link, invitation.activationToken(), invitation.expiresAt()))
        .build();
  }
}
