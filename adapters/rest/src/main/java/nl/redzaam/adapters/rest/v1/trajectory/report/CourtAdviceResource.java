package nl.redzaam.adapters.rest.v1.trajectory.report;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.ETags;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.report.MakeCourtAdviceFinal;
import nl.redzaam.application.trajectory.report.ReadCourtAdvice;
import nl.redzaam.application.trajectory.report.WriteCourtAdvice;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.courtadvice.CourtRecommendation;
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
 * The final report (eindrapportage) as a PDF, and the advice to the sub-district court that the
 * specialist of a protective-administration trajectory writes for it. The report is for the
 * trajectory's coaches and specialists and the municipality's administrators; every download is in
 * the access log.
 */
/**
 * The advice to the sub-district court that the specialist of a protective-administration
 * trajectory writes for the final report, versioned (If-Match) like the growth plan.
 */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/court-advice")
@Tag(name = "Final report")
@Transactional
public class CourtAdviceResource {

  private static final String IF_MATCH_DESCRIPTION =
      "The ETag of the advice as last read, like \"1\"; \"0\" for the first draft";

  @Inject ReadCourtAdvice readCourtAdvice;
  @Inject WriteCourtAdvice writeCourtAdvice;
  @Inject MakeCourtAdviceFinal makeCourtAdviceFinal;

  /**
   * @param written false while the specialist has not written it; the other fields are then null
   */
  @Schema(name = "CourtAdviceView")
  public record CourtAdviceView(
      boolean written,
      String recommendation,
      String reasons,
      UUID writtenBy,
      LocalDate writtenOn,
      boolean isFinal,
      LocalDate finalisedOn) {
    static CourtAdviceView of(CourtAdvice a) {
      return new CourtAdviceView(
          true,
          a.recommendation().name(),
          a.reasons(),
          a.writtenBy().value(),
          a.writtenOn(),
          a.isFinal(),
          a.finalisedOn().orElse(null));
    }

    static final CourtAdviceView NONE =
        new CourtAdviceView(false, null, null, null, null, false, null);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Read the advice to the sub-district court",
      description =
          "The specialist's advice (CONTINUE, END or CHANGE the protective administration, with"
              + " reasons) and whether it is final. The ETag names the version a change must be"
              + " based on; \"0\" while nothing is written.")
  @APIResponse(
      responseCode = "200",
      description = "The advice as it stands",
      content = @Content(schema = @Schema(ref = "CourtAdviceView")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The version, for If-Match",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A malformed trajectory id")
  @APIResponse(responseCode = "403", description = "Not a coach, specialist or administrator")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public Response courtAdvice(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    return readCourtAdvice
        .execute(new ReadCourtAdvice.Query(trajectoryId))
        .map(a -> Response.ok(CourtAdviceView.of(a)).tag(ETags.of(a.version())))
        .orElseGet(() -> Response.ok(CourtAdviceView.NONE).tag(ETags.of(0)))
        .build();
  }

  @Schema(name = "CourtAdviceChange")
  public record CourtAdviceChange(String recommendation, String reasons) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Write the advice to the sub-district court",
      description =
          "The specialist of a protective-administration trajectory writes or rewrites the draft"
              + " advice, from the final evaluation on: recommendation CONTINUE, END or CHANGE and"
              + " the reasons (at most 8000 characters). Final advice no longer changes.")
  @APIResponse(
      responseCode = "200",
      description = "Stored; the ETag is the new version",
      content = @Content(schema = @Schema(ref = "CourtAdviceView")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The new version, for the next If-Match",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "No body, an unknown recommendation")
  @APIResponse(responseCode = "403", description = "Not a specialist of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "The advice is final already")
  @APIResponse(responseCode = "412", description = "Changed since you read it (stale ETag)")
  @APIResponse(
      responseCode = "422",
      description =
          "Not a protective-administration trajectory, before the final evaluation, or empty or"
              + " too long reasons")
  @APIResponse(responseCode = "428", description = "No If-Match")
  public Response writeCourtAdvice(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull CourtAdviceChange body) {
    long expected = ETags.expectedVersion(ifMatch);
    CourtRecommendation recommendation =
        Json.enumValue(CourtRecommendation.class, body.recommendation(), "recommendation");
    long version =
        writeCourtAdvice.execute(
            new WriteCourtAdvice.Command(trajectoryId, recommendation, body.reasons(), expected));
    return stored(trajectoryId, version);
  }

  @POST
  @Path("/finalisation")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make the advice to the sub-district court final",
      description =
          "The specialist marks the advice final once the final evaluation has set the outcome;"
              + " the final report is then final too, and the advice no longer changes.")
  @APIResponse(
      responseCode = "200",
      description = "Final; the ETag is the new version",
      content = @Content(schema = @Schema(ref = "CourtAdviceView")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The new version",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A malformed id or If-Match")
  @APIResponse(responseCode = "403", description = "Not a specialist of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "Final already, or the outcome is not set yet")
  @APIResponse(responseCode = "412", description = "Changed since you read it (stale ETag)")
  @APIResponse(responseCode = "422", description = "No advice written yet")
  @APIResponse(responseCode = "428", description = "No If-Match")
  public Response makeCourtAdviceFinal(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    long expected = ETags.expectedVersion(ifMatch);
    long version =
        makeCourtAdviceFinal.execute(new MakeCourtAdviceFinal.Command(trajectoryId, expected));
    return stored(trajectoryId, version);
  }

  private Response stored(TrajectoryId trajectoryId, long version) {
    CourtAdviceView view =
        readCourtAdvice
            .execute(new ReadCourtAdvice.Query(trajectoryId))
            .map(CourtAdviceView::of)
            .orElse(CourtAdviceView.NONE);
    return Response.ok(view).tag(ETags.of(version)).build();
  }
}
