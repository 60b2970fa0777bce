package nl.redzaam.adapters.rest.v1.trajectory.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.conversation.PlanConversation;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The next conversation of resident and coach: plan it, cancel it. */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trajectories")
@Transactional
public class NextConversationResource {

  @Inject PlanConversation planConversation;

  /** The next conversation: Dutch time {@code yyyy-mm-ddThh:mm} and a place. */
  public record NewConversation(String startsAt, String place) {}

  @PUT
  @Path("/{trajectoryId}/next-conversation")
  @Operation(
      summary = "Plan the next conversation",
      description =
          "A coach plans the next conversation with the resident: a time (Dutch time) later than"
              + " now and at most 366 days ahead, and a place (at most 200 characters). It"
              + " replaces the earlier appointment; the resident sees it in the app.")
  @APIResponse(responseCode = "204", description = "Planned")
  @APIResponse(responseCode = "400", description = "Body, time or trajectoryId unreadable")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "Closed, or changed at the same time")
  @APIResponse(
      responseCode = "422",
      description =
          "A time that has passed (conversation-in-past), too far ahead"
              + " (conversation-too-far-ahead), no place (text-required) or a place too long"
              + " (text-too-long)")
  public Response planConversation(
      @PathParam("trajectoryId") TrajectoryId trajectoryId, @NotNull NewConversation body) {
    planConversation.plan(
        new PlanConversation.Command(
            trajectoryId, dateTime(body.startsAt(), "startsAt"), body.place()));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/{trajectoryId}/next-conversation")
  @Operation(
      summary = "Cancel the next conversation",
      description = "A coach cancels the planned conversation. Without one nothing changes.")
  @APIResponse(responseCode = "204", description = "Cancelled, or there was none")
  @APIResponse(responseCode = "400", description = "trajectoryId is not a UUID")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "Closed, or changed at the same time")
  public Response cancelConversation(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    planConversation.cancel(trajectoryId);
    return Response.noContent().build();
  }

  private static LocalDateTime dateTime(String value, String name) {
    try {
      return LocalDateTime.parse(Json.required(value, name));
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a Dutch time yyyy-mm-ddThh:mm, not '" + value + "'");
    }
  }
}
