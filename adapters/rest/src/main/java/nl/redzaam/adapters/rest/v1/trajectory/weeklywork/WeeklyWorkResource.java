package nl.redzaam.adapters.rest.v1.trajectory.weeklywork;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.weeklywork.ReadWeekAssignments;
import nl.redzaam.application.trajectory.weeklywork.ReviewAnswers;
import nl.redzaam.application.trajectory.weeklywork.SubmitAnswers;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.trajectory.Answer;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.WeekAssignment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The weekly work of a trajectory: a week's assignments, handing in answers, reviewing them. */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trajectories")
@Transactional
public class WeeklyWorkResource {

  @Inject ReadWeekAssignments readWeekAssignments;
  @Inject SubmitAnswers submitAnswers;
  @Inject ReviewAnswers reviewAnswers;

  /** One assignment of a week, as the API shows it. */
  public record AssignmentView(
      String code,
      int week,
      String theme,
      String title,
      String instruction,
      @Schema(
              description =
                  "Why the assignment matters, for the resident; null for the coach's own"
                      + " assignments")
          String whyItMatters,
      // The steps to take, in order; empty for the coach's own assignments. (A @Schema here would
      // replace the array's generated items.)
      List<String> steps,
      List<QuestionView> questions,
      String expectedOfCoach,
      String expectedOfSpecialist,
      boolean ownAssignment,
      String state,
      boolean stressed,
      String stressReason,
      @Schema(description = "The answers by question id", additionalProperties = String.class)
          Map<String, String> answers,
      String feedback) {

    static AssignmentView of(WeekAssignment a) {
      var p = a.progress();
      return new AssignmentView(
          a.code().value(),
          a.week(),
          a.theme().name(),
          a.title(),
          a.instruction(),
          a.whyItMatters(),
          a.steps(),
          a.questions().stream().map(QuestionView::of).toList(),
          a.coachExpectation(),
          a.specialistExpectation(),
          a.own(),
          p.state().name(),
          p.stressed(),
          p.stressReason(),
          p.answers().stream().collect(Collectors.toMap(Answer::questionId, Answer::value)),
          p.feedback());
    }
  }

  public record QuestionView(
      String id, String text, String answerType, List<String> options, boolean required) {
    static QuestionView of(Question q) {
      return new QuestionView(q.id(), q.text(), q.type().name(), q.options(), q.required());
    }
  }

  public record WeekView(
      UUID trajectoryId, int week, int currentWeek, List<AssignmentView> assignments) {}

  @GET
  @Path("/{trajectoryId}/assignments")
  @Operation(
      summary = "Read the assignments of a week",
      description =
          "The assignments of the given week (default: the current week), with the resident's"
              + " answers, the review state and what is expected of coach and specialist.")
  @APIResponse(
      responseCode = "200",
      description = "The week",
      content = @Content(schema = @Schema(ref = "WeekView")))
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public WeekView assignments(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(description = "Trajectory week, from 1; default the current week")
          @QueryParam("week")
          Integer week) {
    var overview = readWeekAssignments.execute(new ReadWeekAssignments.Query(trajectoryId, week));
    return new WeekView(
        overview.trajectoryId().value(),
        overview.week(),
        overview.currentWeek(),
        overview.assignments().stream().map(AssignmentView::of).toList());
  }

  /** The resident's answers, by question id. */
  public record Answers(
      @Schema(description = "The answers by question id", additionalProperties = String.class)
          Map<String, String> answers) {}

  @PUT
  @Path("/{trajectoryId}/assignments/{assignmentCode}/answers")
  @Operation(
      summary = "Submit answers",
      description =
          "The resident hands in the answers to an assignment of this week or an earlier one."
              + " Answers are text: yes/no questions take 'yes' or 'no', amounts '12.50',"
              + " dates 'yyyy-mm-dd', choices one of the options.")
  @APIResponse(responseCode = "204", description = "Submitted; waits for the coach's review")
  @APIResponse(responseCode = "409", description = "Not answerable now (already submitted, ...)")
  @APIResponse(responseCode = "422", description = "An answer does not fit its question")
  public Response submit(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("assignmentCode") String assignmentCode,
      @NotNull Answers body) {
    submitAnswers.execute(
        new SubmitAnswers.Command(
            trajectoryId, new AssignmentCode(assignmentCode), Json.orEmpty(body.answers())));
    return Response.noContent().build();
  }

  /** A coach's review: {@code APPROVED}, or {@code NEEDS_REWORK} with feedback. */
  public record Review(String verdict, String feedback) {}

  @POST
  @Path("/{trajectoryId}/assignments/{assignmentCode}/reviews")
  @Operation(
      summary = "Review submitted answers",
      description = "A coach approves the answers or sends them back with feedback.")
  @APIResponse(responseCode = "204", description = "Reviewed")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "409", description = "Nothing waits for review")
  public Response review(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("assignmentCode") String assignmentCode,
      @NotNull Review body) {
    reviewAnswers.execute(
        new ReviewAnswers.Command(
            trajectoryId,
            new AssignmentCode(assignmentCode),
            Json.enumValue(ReviewAnswers.Verdict.class, body.verdict(), "verdict"),
            body.feedback()));
    return Response.noContent().build();
  }
}
