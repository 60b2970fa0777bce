package nl.redzaam.adapters.rest.v1.trajectory.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import nl.redzaam.application.trajectory.report.DownloadFinalReport;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The final report (eindrapportage) as a PDF, for the trajectory's coaches and specialists and the
 * municipality's administrators; every download is in the access log.
 */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/final-report")
@Tag(name = "Final report")
@Transactional
public class FinalReportResource {

  @Inject DownloadFinalReport downloadFinalReport;

  @GET
  @Produces("application/pdf")
  @Operation(
      summary = "Download the final report",
      description =
          "The final report as an accessible PDF (PDF/UA): the trajectory with its tempo changes"
              + " and pauses, the growth plan, the assignments per theme, the screenings at start"
              + " and end, the evaluations with every participant's answers and the joint"
              + " conclusions, the outcome and, for protective administration, the advice to the"
              + " sub-district court. Until the outcome is set (and the advice is final) the"
              + " report says it is a draft (Concept).")
  @APIResponse(
      responseCode = "200",
      description = "The PDF, to save (Content-Disposition: attachment)",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "A malformed trajectory id")
  @APIResponse(
      responseCode = "403",
      description = "Related to the trajectory, but not a coach, specialist or administrator")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public Response finalReport(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    var document = downloadFinalReport.execute(new DownloadFinalReport.Query(trajectoryId));
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return Response.ok(document.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
        .cacheControl(noStore)
        .build();
  }
}
