package nl.redzaam.adapters.rest.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.redzaam.application.usecase.ListCaseload;
import nl.redzaam.domain.staff.StaffMemberId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coach's view of their residents. */
@RequestScoped
@Path("/v1/coaches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coaches")
@Transactional
public class CoachesResource {

  @Inject ListCaseload listCaseload;

  /** One trajectory in the caseload. */
  public record CaseloadEntry(
      UUID trajectoryId,
      UUID residentId,
      String residentName,
      String trajectoryType,
      String stage,
      int step,
      int currentWeek,
      boolean paused,
      String tempo,
      long answersToReview,
      long notesAwaitingReply,
      boolean midEvaluationDue) {}

  @GET
  @Path("/{coachId}/trajectories")
  @Operation(
      summary = "List a coach's trajectories",
      description =
          "The running trajectories this coach leads, with the current week and what waits for"
              + " the coach. A coach sees only their own list.")
  @APIResponse(
      responseCode = "200",
      description = "The caseload",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CaseloadEntry.class)))
  @APIResponse(responseCode = "403", description = "Not your caseload")
  public List<CaseloadEntry> trajectories(@PathParam("coachId") String coachId) {
    return listCaseload
        .execute(new ListCaseload.Query(new StaffMemberId(Json.uuid(coachId, "coachId"))))
        .stream()
        .map(
            e ->
                new CaseloadEntry(
                    e.trajectoryId().value(),
                    e.residentId(),
                    e.residentName(),
                    e.type().name(),
                    e.stage().name(),
                    e.stage().step(),
                    e.currentWeek(),
                    e.paused(),
                    e.tempo().name(),
                    e.answersToReview(),
                    e.notesAwaitingReply(),
                    e.midEvaluationDue()))
        .toList();
  }
}
