package nl.redzaam.adapters.rest.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.application.usecase.ChangeTrajectoryTempo;
import nl.redzaam.application.usecase.PlanConversation;
import nl.redzaam.application.usecase.ReadTrajectory;
import nl.redzaam.application.usecase.ReadWeekAssignments;
import nl.redzaam.application.usecase.ReviewAnswers;
import nl.redzaam.application.usecase.StartTrajectory;
import nl.redzaam.application.usecase.SubmitAnswers;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Answer;
import nl.redzaam.domain.trajectory.PlannedConversation;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.WeekAssignment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trajectories: start one, read a week's assignments, answer and review them. */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trajectories")
@Transactional
public class TrajectoriesResource {

  @Inject StartTrajectory startTrajectory;
  @Inject ReadTrajectory readTrajectory;
  @Inject ReadWeekAssignments readWeekAssignments;
  @Inject SubmitAnswers submitAnswers;
  @Inject ReviewAnswers reviewAnswers;
  @Inject ChangeTrajectoryTempo changeTempo;
  @Inject PlanConversation planConversation;

  /** Body of a new trajectory. */
  public record NewTrajectory(
      String residentFirstName,
      String residentLastName,
      String residentEmail,
      String trajectoryType,
      Set<String> coachIds,
      Set<String> specialistIds) {}

  @Schema(name = "Created")
  public record Created(UUID id) {}

  @POST
  @Operation(
      summary = "Start a trajectory",
      description =
          "Step 1 of the method: a specialist (or a coach, for the prevention type) selects a"
              + " resident and starts a trajectory of a purchased type on the newest catalogue.")
  @APIResponse(
      responseCode = "201",
      description = "Started; Location points to the trajectory",
      content = @Content(schema = @Schema(ref = "Created")))
  @APIResponse(responseCode = "403", description = "Not a specialist of this municipality")
  @APIResponse(responseCode = "422", description = "A rule of the method was broken")
  public Response start(NewTrajectory body, @Context UriInfo uri) {
    Json.required(body, "The body");
    TrajectoryId id =
        startTrajectory.execute(
            new StartTrajectory.Command(
                body.residentFirstName(),
                body.residentLastName(),
                Json.required(body.residentEmail(), "residentEmail"),
                Json.enumValue(TrajectoryType.class, body.trajectoryType(), "trajectoryType"),
                staffIds(body.coachIds(), "coachIds"),
                staffIds(body.specialistIds(), "specialistIds")));
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(new Created(id.value()))
        .build();
  }

  private static Set<StaffMemberId> staffIds(Set<String> ids, String name) {
    return Json.orEmpty(ids).stream()
        .map(id -> new StaffMemberId(Json.uuid(id, name)))
        .collect(Collectors.toSet());
  }

  /** A trajectory as the API shows it. */
  public record TrajectoryView(
      UUID id,
      UUID residentId,
      String trajectoryType,
      int catalogueVersion,
      String stage,
      int step,
      int currentWeek,
      boolean paused,
      String tempo,
      boolean midEvaluationDue,
      @Schema(description = "The week of part one in which the mid evaluation is held (18)")
          int midEvaluationWeek,
      List<UUID> coachIds,
      List<UUID> specialistIds,
      String outcome,
      String earlyStopReason,
      // Described on its schema: a @Schema here would inline the object instead of referring to it.
      NextConversationView nextConversation) {}

  /** When (Dutch time, {@code yyyy-mm-ddThh:mm}, as it was planned) and where. */
  @Schema(
      name = "NextConversationView",
      description =
          "The planned next conversation with the coach if it is today or later; left out"
              + " otherwise")
  public record NextConversationView(
      @Schema(description = "Dutch time without an offset", example = "2026-12-08T10:00")
          String startsAt,
      String place) {

    // Planned times are whole minutes.
    private static final DateTimeFormatter MINUTES =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    static NextConversationView of(PlannedConversation c) {
      return new NextConversationView(c.startsAt().format(MINUTES), c.place());
    }
  }

  @GET
  @Path("/{trajectoryId}")
  @Operation(
      summary = "Read a trajectory",
      description =
          "Stage (step 1-11 of the method), current week, tempo, participants and, once decided,"
              + " the outcome (11A, 11B, 11C).")
  @APIResponse(
      responseCode = "200",
      description = "The trajectory",
      content = @Content(schema = @Schema(ref = "TrajectoryView")))
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public TrajectoryView trajectory(@PathParam("trajectoryId") String trajectoryId) {
    var overview = readTrajectory.execute(new ReadTrajectory.Query(trajectoryId(trajectoryId)));
    var t = overview.trajectory();
    return new TrajectoryView(
        t.id().value(),
        t.residentId().value(),
        t.type().name(),
        t.catalogueId().version(),
        t.stage().name(),
        t.stage().step(),
        overview.currentWeek(),
        t.paused(),
        t.tempo().name(),
        overview.midEvaluationDue(),
        t.midEvaluationWeek(),
        t.coaches().stream().map(StaffMemberId::value).sorted().toList(),
        t.specialists().stream().map(StaffMemberId::value).sorted().toList(),
        t.outcome().map(o -> o.step()).orElse(null),
        t.earlyStop().map(e -> e.reason().name()).orElse(null),
        overview.nextConversation().map(NextConversationView::of).orElse(null));
  }

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
      @PathParam("trajectoryId") String trajectoryId,
      @Parameter(description = "Trajectory week, from 1; default the current week")
          @QueryParam("week")
          Integer week) {
    var overview =
        readWeekAssignments.execute(
            new ReadWeekAssignments.Query(trajectoryId(trajectoryId), week));
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
      @PathParam("trajectoryId") String trajectoryId,
      @PathParam("assignmentCode") String assignmentCode,
      Answers body) {
    submitAnswers.execute(
        new SubmitAnswers.Command(
            trajectoryId(trajectoryId),
            new AssignmentCode(assignmentCode),
            Json.orEmpty(Json.required(body, "The body").answers())));
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
      @PathParam("trajectoryId") String trajectoryId,
      @PathParam("assignmentCode") String assignmentCode,
      Review body) {
    Json.required(body, "The body");
    reviewAnswers.execute(
        new ReviewAnswers.Command(
            trajectoryId(trajectoryId),
            new AssignmentCode(assignmentCode),
            Json.enumValue(ReviewAnswers.Verdict.class, body.verdict(), "verdict"),
            body.feedback()));
    return Response.noContent().build();
  }

  /**
   * A tempo change: {@code PAUSE}, {@code RESUME}, {@code FASTER}, {@code NORMAL} or {@code
   * SLOWER}.
   */
  public record TempoChange(String change) {}

  @POST
  @Path("/{trajectoryId}/tempo-changes")
  @Operation(
      summary = "Pause, resume, speed up or slow down",
      description =
          "A coach pauses the weeks, lets them run again, or makes them pass faster (a week in"
              + " about 4.7 days), at normal speed (7 days) or slower (14 days) from today on.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "409", description = "Already paused, not paused, same tempo, ...")
  public Response changeTempo(@PathParam("trajectoryId") String trajectoryId, TempoChange body) {
    Json.required(body, "The body");
    changeTempo.execute(
        new ChangeTrajectoryTempo.Command(
            trajectoryId(trajectoryId),
            Json.enumValue(ChangeTrajectoryTempo.Change.class, body.change(), "change")));
    return Response.noContent().build();
  }

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
  @APIResponse(responseCode = "401", description = "Not logged in")
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
      @PathParam("trajectoryId") String trajectoryId, NewConversation body) {
    Json.required(body, "The body");
    planConversation.plan(
        new PlanConversation.Command(
            trajectoryId(trajectoryId), dateTime(body.startsAt(), "startsAt"), body.place()));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/{trajectoryId}/next-conversation")
  @Operation(
      summary = "Cancel the next conversation",
      description = "A coach cancels the planned conversation. Without one nothing changes.")
  @APIResponse(responseCode = "204", description = "Cancelled, or there was none")
  @APIResponse(responseCode = "400", description = "trajectoryId is not a UUID")
  @APIResponse(responseCode = "401", description = "Not logged in")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "Closed, or changed at the same time")
  public Response cancelConversation(@PathParam("trajectoryId") String trajectoryId) {
    planConversation.cancel(trajectoryId(trajectoryId));
    return Response.noContent().build();
  }

  private static LocalDateTime dateTime(String value, String name) {
    try {
      return LocalDateTime.parse(Json.required(value, name));
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a Dutch time yyyy-mm-ddThh:mm, not '" + value + "'");
    }
  }

  private static TrajectoryId trajectoryId(String pathValue) {
    return new TrajectoryId(Json.uuid(pathValue, "trajectoryId"));
  }
}
