package nl.redzaam.adapters.rest.v1.trajectory.weeklywork;

import static nl.redzaam.adapters.rest.v1.WorkPaths.assignmentCode;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.weeklywork.ReadDraftAnswers;
import nl.redzaam.application.trajectory.weeklywork.SaveDraftAnswers;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The resident's draft answers to an assignment: saved, not handed in, seen by nobody else. */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/assignments/{assignmentCode}/draft")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
@Transactional
public class AnswerDraftsResource {

  @Inject SaveDraftAnswers saveDraft;
  @Inject ReadDraftAnswers readDraft;

  /** The draft answers by question id, as the resident typed them. */
  public record DraftAnswers(
      @Schema(description = "The answers by question id", additionalProperties = String.class)
          Map<String, String> answers) {}

  /** A saved draft; {@code savedAt} is null and {@code answers} empty when there is none. */
  @Schema(name = "DraftView")
  public record DraftView(
      String assignmentCode,
      @Schema(description = "The answers by question id", additionalProperties = String.class)
          Map<String, String> answers,
      Instant savedAt) {}

  @GET
  @Operation(
      summary = "Read the draft answers",
      description =
          "The resident reads back the answers saved as a draft, in their canonical form (amounts"
              + " '12.50', dates 'yyyy-mm-dd'). Only the resident: a draft is work in progress.")
  @APIResponse(
      responseCode = "200",
      description = "The draft, possibly empty",
      content = @Content(schema = @Schema(ref = "DraftView")))
  @APIResponse(responseCode = "400", description = "A malformed trajectory id")
  @APIResponse(responseCode = "403", description = "Not the resident of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory or assignment visible")
  @APIResponse(responseCode = "422", description = "An invalid assignment code")
  public DraftView draft(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("assignmentCode") String assignmentCode) {
    var draft =
        readDraft.execute(new ReadDraftAnswers.Query(trajectoryId, assignmentCode(assignmentCode)));
    Map<String, String> answers = new LinkedHashMap<>();
    draft.answers().forEach(a -> answers.put(a.questionId(), a.value()));
    return new DraftView(draft.assignment().value(), answers, draft.savedAt());
  }

  @PUT
  @Operation(
      summary = "Save draft answers",
      description =
          "The resident saves answers without handing them in; this replaces the earlier draft,"
              + " and saving no answers removes it. A draft may leave required questions open and"
              + " blank answers are left out, but every answer given must fit its question."
              + " Handing in the answers (PUT …/answers) removes the draft. Nobody is notified.")
  @APIResponse(responseCode = "204", description = "Saved")
  @APIResponse(responseCode = "400", description = "No body, or a malformed trajectory id")
  @APIResponse(responseCode = "403", description = "Not the resident of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Not answerable now: handed in already, approved, skipped, not yet open, ...")
  @APIResponse(
      responseCode = "422",
      description = "An answer that does not fit its question, an unknown question or assignment")
  public Response save(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("assignmentCode") String assignmentCode,
      @NotNull DraftAnswers body) {
    saveDraft.execute(
        new SaveDraftAnswers.Command(
            trajectoryId, assignmentCode(assignmentCode), Json.orEmpty(body.answers())));
    return Response.noContent().build();
  }
}
