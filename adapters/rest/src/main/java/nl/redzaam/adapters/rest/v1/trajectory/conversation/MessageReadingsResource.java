package nl.redzaam.adapters.rest.v1.trajectory.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.conversation.MarkMessagesRead;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reader marks messages as read: a resource of its own, as a reading is something the reader
 * adds, not a change to the message.
 */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/message-readings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
@Transactional
public class MessageReadingsResource {

  @Inject MarkMessagesRead markMessagesRead;

  /** Up to and including which message the reader has read. */
  public record MessageReadingRequest(String upToMessageId) {}

  /** How many messages were marked as read now (0 when all were read already). */
  @Schema(name = "MessagesMarkedRead")
  public record MessagesMarkedRead(int markedRead) {}

  @POST
  @Operation(
      summary = "Mark messages as read",
      description =
          "The caller has read the trajectory's messages up to and including the given one: every"
              + " message sent until then that someone else wrote is marked as read by the caller."
              + " Doing it again changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "How many messages were marked as read",
      content = @Content(schema = @Schema(ref = "MessagesMarkedRead")))
  @APIResponse(responseCode = "400", description = "No body, or upToMessageId is no UUID")
  @APIResponse(
      responseCode = "403",
      description = "Related to the trajectory but not exchanging messages (specialist, support)")
  @APIResponse(
      responseCode = "404",
      description = "No such trajectory visible to you, or no such message in it")
  public MessagesMarkedRead markRead(
      @PathParam("trajectoryId") TrajectoryId trajectoryId, @NotNull MessageReadingRequest body) {
    UUID upTo = Json.uuid(Json.required(body.upToMessageId(), "upToMessageId"), "upToMessageId");
    return new MessagesMarkedRead(
        markMessagesRead.execute(new MarkMessagesRead.Command(trajectoryId, new MessageId(upTo))));
  }
}
