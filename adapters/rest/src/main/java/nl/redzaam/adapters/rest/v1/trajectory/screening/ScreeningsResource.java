package nl.redzaam.adapters.rest.v1.trajectory.screening;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.trajectory.screening.ReadScreenings;
import nl.redzaam.application.trajectory.screening.ReadSelfAssessment;
import nl.redzaam.application.trajectory.screening.RecordScreening;
import nl.redzaam.domain.screening.SelfAssessment;
import nl.redzaam.domain.trajectory.ScreeningComparison;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Screenings of a trajectory (steps 4 and 9): recorded as an instrument's scores per domain or
 * through the method's own self-assessment, and compared start against end.
 */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screenings")
@Transactional
public class ScreeningsResource {

  @Inject ReadSelfAssessment readSelfAssessment;
  @Inject RecordScreening recordScreening;
  @Inject ReadScreenings readScreenings;

  public record AnswerOption(int value, String label) {}

  public record StatementView(String id, String text, String theme) {}

  /** The self-assessment: rate every statement from 1 to 5. */
  @Schema(name = "SelfAssessmentView")
  public record SelfAssessmentView(
      String instrument, List<AnswerOption> answerOptions, List<StatementView> statements) {

    static SelfAssessmentView of(SelfAssessment s) {
      return new SelfAssessmentView(
          s.instrument(),
          IntStream.rangeClosed(SelfAssessment.LOWEST_ANSWER, SelfAssessment.HIGHEST_ANSWER)
              .mapToObj(value -> new AnswerOption(value, s.label(value)))
              .toList(),
          s.statements().stream()
              .map(st -> new StatementView(st.id(), st.text(), st.theme().name()))
              .toList());
    }
  }

  @GET
  @Path("/{trajectoryId}/self-assessment")
  @Operation(
      summary = "Read the self-assessment",
      description =
          "The statements of the self-assessment (Zelfscan Redzaam) a screening of this"
              + " trajectory is taken with, in the order to show them, with the five answer"
              + " options (1 = helemaal niet waar ... 5 = helemaal waar).")
  @APIResponse(
      responseCode = "200",
      description = "The self-assessment",
      content = @Content(schema = @Schema(ref = "SelfAssessmentView")))
  @APIResponse(responseCode = "400", description = "trajectoryId is not a UUID")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public SelfAssessmentView selfAssessment(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    return SelfAssessmentView.of(
        readSelfAssessment.execute(new ReadSelfAssessment.Query(trajectoryId)));
  }

  public record ScoreView(String domain, BigDecimal score) {}

  @Schema(name = "ScreeningView")
  public record ScreeningView(
      UUID id, String kind, String instrument, LocalDate takenOn, List<ScoreView> scores) {

    static ScreeningView of(ScreeningResult r) {
      return new ScreeningView(
          r.id().value(),
          r.kind().name(),
          r.instrument(),
          r.takenOn(),
          r.scores().stream().map(s -> new ScoreView(s.domain(), s.score())).toList());
    }
  }

  /** One domain of the comparison; {@code start} or {@code end} is null if not scored then. */
  public record DomainChangeView(
      String domain, BigDecimal start, BigDecimal end, BigDecimal change) {}

  public record ComparisonView(String instrument, List<DomainChangeView> domains) {
    static ComparisonView of(ScreeningComparison c) {
      return new ComparisonView(
          c.instrument(),
          c.changes().stream()
              .map(d -> new DomainChangeView(d.domain(), d.start(), d.end(), d.change()))
              .toList());
    }
  }

  /** The screenings (a handful at most: not paged) and the comparison, null until possible. */
  @Schema(name = "ScreeningList")
  public record ScreeningList(List<ScreeningView> items, ComparisonView comparison) {}

  @GET
  @Path("/{trajectoryId}/screenings")
  @Operation(
      summary = "List the screenings",
      description =
          "Every screening taken, and the start screening against the end screening per domain"
              + " (for a chart) once both were taken with the same instrument; otherwise"
              + " comparison is null.")
  @APIResponse(
      responseCode = "200",
      description = "The screenings",
      content = @Content(schema = @Schema(ref = "ScreeningList")))
  @APIResponse(responseCode = "400", description = "trajectoryId is not a UUID")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public ScreeningList screenings(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    var screenings = readScreenings.execute(new ReadScreenings.Query(trajectoryId));
    return new ScreeningList(
        screenings.screenings().stream().map(ScreeningView::of).toList(),
        screenings.comparison().map(ComparisonView::of).orElse(null));
  }

  @GET
  @Path("/{trajectoryId}/screenings/{screeningId}")
  @Operation(summary = "Read a screening", description = "One screening with its scores.")
  @APIResponse(
      responseCode = "200",
      description = "The screening",
      content = @Content(schema = @Schema(ref = "ScreeningView")))
  @APIResponse(responseCode = "400", description = "trajectoryId or screeningId is not a UUID")
  @APIResponse(
      responseCode = "404",
      description = "No such trajectory visible to you, or no such screening in it")
  public ScreeningView screening(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("screeningId") ScreeningId screeningId) {
    UUID id = screeningId.value();
    return readScreenings.execute(new ReadScreenings.Query(trajectoryId)).screenings().stream()
        .filter(s -> s.id().value().equals(id))
        .findFirst()
        .map(ScreeningView::of)
        .orElseThrow(() -> new NotFound("No screening " + id));
  }

  /**
   * A new screening: {@code kind} START, INTERIM or END, and either {@code scores} per domain with
   * the {@code instrument} (for example "Mesis"), or {@code selfAssessmentAnswers}, 1-5 per
   * statement id.
   */
  public record NewScreening(
      String kind,
      String instrument,
      @Schema(description = "The score per domain", additionalProperties = BigDecimal.class)
          Map<String, BigDecimal> scores,
      @Schema(description = "1 to 5 per statement id", additionalProperties = Integer.class)
          Map<String, Integer> selfAssessmentAnswers) {}

  @POST
  @Path("/{trajectoryId}/screenings")
  @Operation(
      summary = "Record a screening",
      description =
          "A coach records an instrument's scores per domain, or the resident (or a coach"
              + " together with the resident) the answers to the self-assessment, which become"
              + " the average per theme. The start screening comes after activation and before"
              + " coaching, the end screening after the mid evaluation; each is taken once.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location points to the screening",
      content = @Content(schema = @Schema(ref = "ScreeningView")))
  @APIResponse(responseCode = "400", description = "Body, kind or trajectoryId unreadable")
  @APIResponse(
      responseCode = "403",
      description = "Not the resident or a coach; a resident sending scores instead of answers")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Not at this stage (wrong-stage), already taken (screening-taken-once)")
  @APIResponse(
      responseCode = "422",
      description =
          "Neither or both of scores and answers (scores-or-self-assessment), an incomplete"
              + " self-assessment, an answer off the scale, no instrument")
  public Response record(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @NotNull NewScreening body,
      @Context UriInfo uri) {
    ScreeningResult result =
        recordScreening.execute(
            new RecordScreening.Command(
                trajectoryId,
                Json.enumValue(ScreeningKind.class, body.kind(), "kind"),
                body.instrument(),
                body.scores(),
                body.selfAssessmentAnswers()));
    return Response.created(uri.getAbsolutePathBuilder().path(result.id().toString()).build())
        .entity(ScreeningView.of(result))
        .build();
  }
}
