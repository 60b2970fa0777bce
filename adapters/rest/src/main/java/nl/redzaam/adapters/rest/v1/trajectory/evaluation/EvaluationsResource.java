package nl.redzaam.adapters.rest.v1.trajectory.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.adapters.rest.v1.ETags;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.trajectory.evaluation.AnswerEvaluation;
import nl.redzaam.application.trajectory.evaluation.ConcludeEvaluation;
import nl.redzaam.application.trajectory.evaluation.OpenEvaluation;
import nl.redzaam.application.trajectory.evaluation.ReadEvaluations;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.trajectory.ParticipantRole;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The start conversation, the mid evaluation and the final evaluation of a trajectory: open one,
 * answer one's own part, read it (filtered per reader), write the joint conclusion and, at the
 * final evaluation, the outcome.
 */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
@Transactional
public class EvaluationsResource {

  @Inject OpenEvaluation openEvaluation;
  @Inject ReadEvaluations readEvaluations;
  @Inject AnswerEvaluation answerEvaluation;
  @Inject ConcludeEvaluation concludeEvaluation;

  /** Named apart from the assignments' QuestionView: schemas are named after the simple name. */
  @Schema(name = "EvaluationQuestionView")
  public record EvaluationQuestionView(String id, String text) {}

  /** One participant's answer; {@code participantRole} is RESIDENT, COACH or SPECIALIST. */
  public record AnswerView(String participantRole, UUID personId, String questionId, String text) {}

  /** An evaluation as the reader may see it. */
  @Schema(name = "EvaluationView")
  public record EvaluationView(
      String kind,
      LocalDate openedOn,
      List<EvaluationQuestionView> questions,
      List<AnswerView> answers,
      boolean professionalAnswersHidden,
      String jointConclusion,
      LocalDate concludedOn,
      String outcome,
      boolean conclusionAdvisesCourt) {

    static EvaluationView of(ReadEvaluations.VisibleEvaluation e) {
      return new EvaluationView(
          e.kind().name(),
          e.openedOn(),
          e.questions().stream().map(q -> new EvaluationQuestionView(q.id(), q.text())).toList(),
          e.answers().stream()
              .map(
                  a ->
                      new AnswerView(
                          a.participant().role().name(),
                          a.participant().personId(),
                          a.questionId(),
                          a.text()))
              .toList(),
          e.professionalAnswersHidden(),
          e.jointConclusion(),
          e.concludedOn(),
          e.outcome() == null ? null : e.outcome().step(),
          e.conclusionAdvisesCourt());
    }
  }

  /** The evaluations held so far, at most three: not paged. */
  @Schema(name = "EvaluationList")
  public record EvaluationList(List<EvaluationView> items) {}

  @GET
  @Path("/{trajectoryId}/evaluations")
  @Operation(
      summary = "List the evaluations",
      description =
          "The start conversation, mid and final evaluation as far as they were opened."
              + " Professionals see every answer; the resident and support workers see the"
              + " resident's answers, the joint conclusion and the outcome only."
              + " The ETag is the trajectory's version.")
  @APIResponse(
      responseCode = "200",
      description = "The evaluations",
      content = @Content(schema = @Schema(ref = "EvaluationList")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The trajectory's version",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "trajectoryId is not a UUID")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public Response listEvaluations(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    var evaluations = readEvaluations.execute(new ReadEvaluations.Query(trajectoryId));
    return Response.ok(
            new EvaluationList(evaluations.evaluations().stream().map(EvaluationView::of).toList()))
        .tag(ETags.of(evaluations.version()))
        .build();
  }

  /** Which evaluation to open: {@code START}, {@code MID} or {@code FINAL}. */
  public record NewEvaluation(String kind) {}

  @POST
  @Path("/{trajectoryId}/evaluations")
  @Operation(
      summary = "Open an evaluation",
      description =
          "A coach opens the start conversation (after activation), the mid evaluation (during"
              + " part one) or the final evaluation (during part two), with the questions of the"
              + " trajectory's catalogue. Opening the final evaluation ends the weekly work.")
  @APIResponse(responseCode = "201", description = "Opened; Location points to the evaluation")
  @APIResponse(responseCode = "400", description = "kind missing or unknown")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Not at this stage (wrong-stage), closed, or changed at the same time")
  public Response open(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @NotNull NewEvaluation body,
      @Context UriInfo uri) {
    EvaluationKind kind = Json.enumValue(EvaluationKind.class, body.kind(), "kind");
    openEvaluation.execute(new OpenEvaluation.Command(trajectoryId, kind));
    return Response.created(uri.getAbsolutePathBuilder().path(pathName(kind)).build()).build();
  }

  @GET
  @Path("/{trajectoryId}/evaluations/{kind}")
  @Operation(
      summary = "Read an evaluation",
      description =
          "One evaluation by kind: start, mid or final. Per-field rules as for the list. The"
              + " ETag is the trajectory's version; send it in If-Match to write the conclusion.")
  @APIResponse(
      responseCode = "200",
      description = "The evaluation",
      content = @Content(schema = @Schema(ref = "EvaluationView")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The trajectory's version",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "trajectoryId no UUID, or kind unknown")
  @APIResponse(
      responseCode = "404",
      description = "No such trajectory visible to you, or this evaluation was not opened yet")
  public Response readEvaluation(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(description = "start, mid or final", required = true) @PathParam("kind")
          String kind) {
    EvaluationKind evaluationKind = kind(kind);
    var evaluations = readEvaluations.execute(new ReadEvaluations.Query(trajectoryId));
    var evaluation =
        evaluations
            .of(evaluationKind)
            .orElseThrow(() -> new NotFound("The " + kind + " evaluation was not opened yet"));
    return Response.ok(EvaluationView.of(evaluation)).tag(ETags.of(evaluations.version())).build();
  }

  /**
   * One's own answers, free text per question id. {@code answeringAs} (COACH or SPECIALIST) is only
   * needed by someone who is both coach and specialist of the trajectory.
   */
  public record OwnAnswers(
      @Schema(description = "The answers by question id", additionalProperties = String.class)
          Map<String, String> answers,
      String answeringAs) {}

  @PUT
  @Path("/{trajectoryId}/evaluations/{kind}/answers")
  @Operation(
      summary = "Answer one's own part",
      description =
          "The resident, a coach or a specialist of the trajectory records their answers to an"
              + " open evaluation; they replace that person's earlier answers, nobody else's.")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(
      responseCode = "400",
      description = "Body, trajectoryId, kind or answeringAs unreadable")
  @APIResponse(
      responseCode = "403",
      description = "A support worker, or answeringAs a part you do not have")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "The evaluation is not open (evaluation-not-open), or the trajectory closed")
  @APIResponse(
      responseCode = "422",
      description = "An unknown question (unknown-question), an empty or too long answer")
  public Response answer(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("kind") String kind,
      @NotNull OwnAnswers body) {
    ParticipantRole as =
        body.answeringAs() == null
            ? null
            : Json.enumValue(ParticipantRole.class, body.answeringAs(), "answeringAs");
    answerEvaluation.execute(
        new AnswerEvaluation.Command(trajectoryId, kind(kind), Json.orEmpty(body.answers()), as));
    return Response.noContent().build();
  }

  /**
   * The joint conclusion; for the final evaluation with the agreed {@code outcome}: {@code 11A}
   * (independent), {@code 11B} (lighter support) or {@code 11C} (continue or scale up support).
   */
  public record Conclusion(String jointConclusion, String outcome) {}

  @PUT
  @Path("/{trajectoryId}/evaluations/{kind}/conclusion")
  @Operation(
      summary = "Write the joint conclusion",
      description =
          "A coach (or stand-in) records what resident, coach and specialist concluded together."
              + " Concluding the start conversation starts week 1; the mid evaluation starts part"
              + " two; the final evaluation needs the outcome (11A, 11B, 11C) and starts aftercare."
              + " For protective administration the final conclusion is the advice to the court."
              + " Requires If-Match with the ETag of the last read.")
  @APIResponse(responseCode = "204", description = "Concluded")
  @APIResponse(responseCode = "400", description = "Body, trajectoryId or kind unreadable")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "The evaluation is not open, or changed at the same time")
  @APIResponse(
      responseCode = "412",
      description = "The trajectory changed since your ETag (stale-version): reload")
  @APIResponse(
      responseCode = "422",
      description =
          "Empty conclusion, outcome missing at the final evaluation (outcome-required) or given"
              + " at another (outcome-only-at-final-evaluation)")
  @APIResponse(responseCode = "428", description = "If-Match missing (if-match-required)")
  public Response conclude(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("kind") String kind,
      @Parameter(in = ParameterIn.HEADER, description = "The ETag of your last read")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull Conclusion body) {
    EvaluationKind evaluationKind = kind(kind);
    TrajectoryId id = trajectoryId;
    Outcome outcome = body.outcome() == null ? null : outcome(body.outcome());
    long version = ETags.expectedVersion(ifMatch);
    concludeEvaluation.execute(
        new ConcludeEvaluation.Command(
            id, evaluationKind, body.jointConclusion(), outcome, version));
    return Response.noContent().build();
  }

  static String pathName(EvaluationKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static EvaluationKind kind(String pathValue) {
    return Arrays.stream(EvaluationKind.values())
        .filter(k -> pathName(k).equals(pathValue))
        .findFirst()
        .orElseThrow(
            () -> new BadRequest("kind must be start, mid or final, not '" + pathValue + "'"));
  }

  private static Outcome outcome(String step) {
    return Arrays.stream(Outcome.values())
        .filter(o -> o.step().equals(step))
        .findFirst()
        .orElseThrow(() -> new BadRequest("outcome must be 11A, 11B or 11C, not '" + step + "'"));
  }
}
