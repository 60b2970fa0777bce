package nl.redzaam.adapters.rest.v1.trajectory.tailoring;

import static nl.redzaam.adapters.rest.v1.WorkPaths.assignmentCode;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.tailoring.AddOwnAssignment;
import nl.redzaam.application.trajectory.tailoring.ReinstateAssignment;
import nl.redzaam.application.trajectory.tailoring.SkipAssignment;
import nl.redzaam.application.trajectory.tailoring.StressAssignment;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tailoring (maatwerk) by a coach: skip an assignment, reinstate it, stress it, or add an
 * assignment of their own for this resident. Possible from the start conversation until the final
 * evaluation.
 */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tailoring")
@Transactional
public class TailoringResource {

  @Inject SkipAssignment skipAssignment;
  @Inject ReinstateAssignment reinstateAssignment;
  @Inject StressAssignment stressAssignment;
  @Inject AddOwnAssignment addOwnAssignment;

  @POST
  @Path("/{trajectoryId}/assignments/{assignmentCode}/skips")
  @Operation(
      summary = "Skip an assignment",
      description =
          "A coach decides this resident need not do the assignment. Approved work and answers"
              + " waiting for review cannot be skipped.")
  @APIResponse(responseCode = "204", description = "Skipped")
  @APIResponse(responseCode = "400", description = "A malformed trajectory id")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Approved or waiting for review, or not tailorable in this stage")
  @APIResponse(responseCode = "422", description = "An unknown or invalid assignment code")
  public Response skip(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("assignmentCode") String assignmentCode) {
    skipAssignment.execute(
        new SkipAssignment.Command(trajectoryId, assignmentCode(assignmentCode)));
    return Response.noContent().build();
  }

  @POST
  @Path("/{trajectoryId}/assignments/{assignmentCode}/reinstatements")
  @Operation(
      summary = "Reinstate a skipped assignment",
      description =
          "A coach undoes a skip: the assignment is open again, or back to rework when answers"
              + " had been handed in before.")
  @APIResponse(responseCode = "204", description = "Reinstated")
  @APIResponse(responseCode = "400", description = "A malformed trajectory id")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "The assignment was not skipped, or not tailorable in this stage")
  @APIResponse(responseCode = "422", description = "An invalid assignment code")
  public Response reinstate(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("assignmentCode") String assignmentCode) {
    reinstateAssignment.execute(
        new ReinstateAssignment.Command(trajectoryId, assignmentCode(assignmentCode)));
    return Response.noContent().build();
  }

  /** Stress ({@code stressed: true}, optionally with a reason for the resident) or lift it. */
  public record StressChange(Boolean stressed, String reason) {}

  @POST
  @Path("/{trajectoryId}/assignments/{assignmentCode}/stress-changes")
  @Operation(
      summary = "Stress an assignment, or lift the stress",
      description =
          "Coach and resident choose to put extra weight on an assignment; the coach may say why,"
              + " for the resident (at most 1,000 characters, shown with the assignment). Lifting"
              + " the stress drops the reason.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "No body or no stressed, a malformed id")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Already stressed (or not stressed), or not tailorable in this stage")
  @APIResponse(responseCode = "422", description = "An unknown assignment, a reason too long")
  public Response stress(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("assignmentCode") String assignmentCode,
      @NotNull StressChange body) {
    stressAssignment.execute(
        new StressAssignment.Command(
            trajectoryId,
            assignmentCode(assignmentCode),
            Json.required(body.stressed(), "stressed"),
            body.reason()));
    return Response.noContent().build();
  }

  /** A question of an own assignment; {@code options} only for {@code CHOICE}. */
  public record NewQuestion(
      String id, String text, String answerType, List<String> options, Boolean required) {}

  public record NewOwnAssignment(
      Integer week, String theme, String title, String instruction, List<NewQuestion> questions) {}

  @Schema(name = "OwnAssignmentCreated")
  public record OwnAssignmentCreated(String code) {}

  @POST
  @Path("/{trajectoryId}/own-assignments")
  @Operation(
      summary = "Add an own assignment",
      description =
          "A coach writes an assignment for this one resident, for the current week or a later"
              + " one, in a theme, with an optional list of questions (answer types FREE_TEXT,"
              + " YES_NO, CHOICE with at least two options, AMOUNT, DATE). It gets a code"
              + " starting with EIGEN- and appears in the week's assignments.")
  @APIResponse(
      responseCode = "201",
      description = "Added; the body has the assignment's code",
      content = @Content(schema = @Schema(ref = "OwnAssignmentCreated")))
  @APIResponse(
      responseCode = "400",
      description = "No body, no week or theme, an unknown theme or answer type")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "Not tailorable in this stage")
  @APIResponse(
      responseCode = "422",
      description =
          "A week in the past, an empty title or instruction, an invalid question id, a choice"
              + " without options, duplicate question ids")
  public Response addOwnAssignment(
      @PathParam("trajectoryId") TrajectoryId trajectoryId, @NotNull NewOwnAssignment body) {
    var code =
        addOwnAssignment.execute(
            new AddOwnAssignment.Command(
                trajectoryId,
                Json.required(body.week(), "week"),
                Json.enumValue(Theme.class, body.theme(), "theme"),
                body.title(),
                body.instruction(),
                body.questions() == null
                    ? List.of()
                    : body.questions().stream().map(TailoringResource::question).toList()));
    return Response.status(Response.Status.CREATED)
        .entity(new OwnAssignmentCreated(code.value()))
        .build();
  }

  public static Question question(NewQuestion q) {
    Json.required(q, "A question");
    return new Question(
        q.id(),
        q.text(),
        Json.enumValue(AnswerType.class, q.answerType(), "answerType"),
        q.options() == null ? List.of() : q.options(),
        q.required() == null || q.required());
  }
}
