package nl.redzaam.adapters.rest.v1.trajectory.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.application.trajectory.conversation.ListMessages;
import nl.redzaam.application.trajectory.conversation.SendMessage;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Messages between the resident and the coaches of a trajectory. */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
@Transactional
public class MessagesResource {

  @Inject SendMessage sendMessage;
  @Inject ListMessages listMessages;

  /** Body of a new message. */
  public record NewMessage(String text) {}

  /** Who read a message, and when. */
  public record MessageReadingView(String readerKind, UUID readerId, Instant readAt) {}

  /** A message; {@code authorKind} and {@code readerKind} are RESIDENT or STAFF. */
  @Schema(name = "MessageView")
  public record MessageView(
      UUID id,
      String authorKind,
      UUID authorId,
      String text,
      Instant sentAt,
      List<MessageReadingView> readBy) {

    static MessageView of(Message m) {
      return new MessageView(
          m.id().value(),
          m.author().kind().name(),
          m.author().id(),
          m.text(),
          m.sentAt(),
          m.readings().stream()
              .map(
                  r ->
                      new MessageReadingView(r.reader().kind().name(), r.reader().id(), r.readAt()))
              .toList());
    }
  }

  @Schema(name = "MessageList")
  public record MessageList(List<MessageView> items, int page, int pageSize, long totalItems) {}

  @GET
  @Operation(
      summary = "List the messages",
      description =
          "The trajectory's messages, newest first, a page at a time, with who has read each one."
              + " For the resident and the trajectory's coaches (also stand-ins).")
  @APIResponse(
      responseCode = "200",
      description = "A page of messages",
      content = @Content(schema = @Schema(ref = "MessageList")))
  @APIResponse(responseCode = "400", description = "page below 1, or pageSize not 1 to 100")
  @APIResponse(
      responseCode = "403",
      description = "Related to the trajectory but not exchanging messages (specialist, support)")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public MessageList listMessages(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1")
          String pageText,
      @Parameter(description = "Messages per page, 1 to 100")
          @QueryParam("pageSize")
          @DefaultValue("20")
          String pageSizeText) {
    // Read as text: JAX-RS answers an unreadable number in a query parameter with 404.
    int page = number(pageText, "page", 1, Integer.MAX_VALUE);
    int pageSize = number(pageSizeText, "pageSize", 1, ListMessages.MAX_PAGE_SIZE);
    var result = listMessages.execute(new ListMessages.Query(trajectoryId, page, pageSize));
    return new MessageList(
        result.items().stream().map(MessageView::of).toList(),
        result.page(),
        result.pageSize(),
        result.totalItems());
  }

  @POST
  @Operation(
      summary = "Send a message",
      description =
          "The resident, or a coach of the trajectory (also a stand-in), sends a message of 1 to"
              + " 4,000 characters (trimmed). Not possible any more once the trajectory is"
              + " closed.")
  @APIResponse(
      responseCode = "201",
      description = "Sent; the body is the message",
      content = @Content(schema = @Schema(ref = "MessageView")))
  @APIResponse(responseCode = "400", description = "No body")
  @APIResponse(
      responseCode = "403",
      description = "Related to the trajectory but not exchanging messages (specialist, support)")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "The trajectory is closed")
  @APIResponse(responseCode = "422", description = "Empty text, or longer than 4,000 characters")
  public Response send(
      @PathParam("trajectoryId") TrajectoryId trajectoryId, @NotNull NewMessage body) {
    Message sent = sendMessage.execute(new SendMessage.Command(trajectoryId, body.text()));
    return Response.status(Response.Status.CREATED).entity(MessageView.of(sent)).build();
  }

  /** A whole number from a query parameter; 400 naming the parameter otherwise. */
  static int number(String text, String name, int min, int max) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequest(
        name,
        name
            + " must be a whole number from "
            + min
            + (max == Integer.MAX_VALUE ? " on" : " to " + max)
            + ", not '"
            + text
            + "'");
  }
}
