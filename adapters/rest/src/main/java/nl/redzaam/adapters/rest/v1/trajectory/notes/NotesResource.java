package nl.redzaam.adapters.rest.v1.trajectory.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.application.trajectory.notes.LeaveNote;
import nl.redzaam.application.trajectory.notes.ListNotes;
import nl.redzaam.application.trajectory.notes.ReadNote;
import nl.redzaam.application.trajectory.notes.ReplyToNote;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.Note;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.NoteReply;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Notes the resident leaves on assignments, and the professionals' replies. */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notes")
@Transactional
public class NotesResource {

  @Inject LeaveNote leaveNote;
  @Inject ReplyToNote replyToNote;
  @Inject ListNotes listNotes;
  @Inject ReadNote readNote;

  /** A note as the API shows it. */
  @Schema(name = "NoteView")
  public record NoteView(
      UUID id,
      String assignmentCode,
      String text,
      Instant writtenAt,
      boolean awaitsReply,
      List<ReplyView> replies) {
    static NoteView of(Note n) {
      return new NoteView(
          n.id().value(),
          n.assignment().value(),
          n.text(),
          n.writtenAt(),
          n.awaitsReply(),
          n.replies().stream().map(ReplyView::of).toList());
    }
  }

  /** A professional's reply; {@code authorId} is the staff member who wrote it. */
  public record ReplyView(UUID authorId, String text, Instant writtenAt) {
    static ReplyView of(NoteReply r) {
      return new ReplyView(r.author().value(), r.text(), r.writtenAt());
    }
  }

  @Schema(name = "NotesPage")
  public record NotesPage(List<NoteView> items, int page, int pageSize, int totalItems) {}

  @GET
  @Operation(
      summary = "List the notes",
      description =
          "The resident's notes on the trajectory's assignments, newest first, each with its"
              + " replies and whether it still waits for one. Optionally only the notes on one"
              + " assignment, or only those awaiting a reply.")
  @APIResponse(
      responseCode = "200",
      description = "One page of notes",
      content = @Content(schema = @Schema(ref = "NotesPage")))
  @APIResponse(
      responseCode = "400",
      description = "A malformed id, page, pageSize or awaitingReply (true or false)")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "422", description = "An invalid assignment code")
  public NotesPage listNotes(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(description = "Only the notes on this assignment") @QueryParam("assignmentCode")
          String assignmentCode,
      @Parameter(description = "true: only the notes nobody has replied to yet")
          @QueryParam("awaitingReply")
          String awaitingReply,
      @Parameter(description = "Page, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "Notes per page, 1-100 (default 20)") @QueryParam("pageSize")
          String pageSize) {
    var result =
        listNotes.execute(
            new ListNotes.Query(
                trajectoryId,
                assignmentCode == null ? null : new AssignmentCode(assignmentCode),
                Paging.flag(awaitingReply, "awaitingReply"),
                Paging.page(page),
                Paging.pageSize(pageSize)));
    return new NotesPage(
        result.items().stream().map(NoteView::of).toList(),
        result.page(),
        result.pageSize(),
        result.totalItems());
  }

  @GET
  @Path("/{noteId}")
  @Operation(summary = "Read a note", description = "One note with its replies.")
  @APIResponse(
      responseCode = "200",
      description = "The note",
      content = @Content(schema = @Schema(ref = "NoteView")))
  @APIResponse(responseCode = "400", description = "A malformed id")
  @APIResponse(responseCode = "404", description = "No such trajectory or note visible to you")
  public NoteView note(
      @PathParam("trajectoryId") TrajectoryId trajectoryId, @PathParam("noteId") NoteId noteId) {
    return NoteView.of(readNote.execute(new ReadNote.Query(trajectoryId, noteId)));
  }

  /** A new note: on which assignment, and what the resident wants to say. */
  public record NewNote(String assignmentCode, String text) {}

  @Schema(name = "NoteCreated")
  public record NoteCreated(UUID id) {}

  @POST
  @Operation(
      summary = "Leave a note",
      description =
          "The resident leaves a note on an assignment of the trajectory, for example to ask for"
              + " help. The coach is told; the note waits for a reply.")
  @APIResponse(
      responseCode = "201",
      description = "Left; Location points to the note",
      content = @Content(schema = @Schema(ref = "NoteCreated")))
  @APIResponse(responseCode = "400", description = "No body, or no assignmentCode")
  @APIResponse(responseCode = "403", description = "Only the resident leaves notes")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "The trajectory is closed")
  @APIResponse(
      responseCode = "422",
      description = "An empty or too long text (over 4,000 characters), an unknown assignment")
  public Response leave(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @NotNull NewNote body,
      @Context UriInfo uri) {
    NoteId id =
        leaveNote.execute(
            new LeaveNote.Command(
                trajectoryId,
                new AssignmentCode(Json.required(body.assignmentCode(), "assignmentCode")),
                body.text()));
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(new NoteCreated(id.value()))
        .build();
  }

  public record NewReply(String text) {}

  @POST
  @Path("/{noteId}/replies")
  @Operation(
      summary = "Reply to a note",
      description =
          "A coach of the trajectory, a stand-in coach of their team or a specialist of the"
              + " trajectory replies to the resident's note.")
  @APIResponse(responseCode = "204", description = "Replied")
  @APIResponse(responseCode = "400", description = "No body, or a malformed id")
  @APIResponse(responseCode = "403", description = "Not a coach or specialist of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory or note visible to you")
  @APIResponse(responseCode = "409", description = "The trajectory is closed")
  @APIResponse(responseCode = "422", description = "An empty or too long text")
  public Response reply(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("noteId") NoteId noteId,
      @NotNull NewReply body) {
    replyToNote.execute(new ReplyToNote.Command(trajectoryId, noteId, body.text()));
    return Response.noContent().build();
  }
}
