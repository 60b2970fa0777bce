package nl.redzaam.adapters.rest.v1.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.support.ListGrantedTrajectories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A support worker's view: the trajectories residents currently let their organisation read. */
@RequestScoped
@Path("/v1/support-worker/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Support access")
@Transactional
public class SupportWorkerTrajectoriesResource {

  @Inject ListGrantedTrajectories listGranted;

  public record GrantedTrajectory(
      UUID trajectoryId,
      String residentName,
      String trajectoryType,
      String stage,
      int step,
      int currentWeek,
      Instant grantedAt) {}

  /** One page of the list. */
  public record GrantedTrajectoryPage(
      List<GrantedTrajectory> items, int page, int pageSize, long totalItems) {
    static GrantedTrajectoryPage of(ResultPage<GrantedTrajectory> result) {
      return new GrantedTrajectoryPage(
          result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  @GET
  @Operation(
      summary = "List the trajectories you may read",
      description =
          "The trajectories whose residents currently give your organisation access, most"
              + " recently granted first. Read-only: open one with GET /v1/trajectories/{id}. When"
              + " a resident takes the access back, the trajectory is gone from your next request"
              + " on (reading it then gives 404).")
  @APIResponse(
      responseCode = "200",
      description = "One page of trajectories",
      content = @Content(schema = @Schema(ref = "GrantedTrajectoryPage")))
  @APIResponse(responseCode = "400", description = "A bad page or pageSize")
  @APIResponse(responseCode = "403", description = "Not a support worker")
  public GrantedTrajectoryPage listGrantedTrajectories(
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    return GrantedTrajectoryPage.of(
        listGranted
            .execute(new ListGrantedTrajectories.Query(Paging.request(page, pageSize)))
            .map(
                e ->
                    new GrantedTrajectory(
                        e.trajectoryId().value(),
                        e.residentName(),
                        e.type().name(),
                        e.stage().name(),
                        e.stage().step(),
                        e.currentWeek(),
                        e.grantedAt())));
  }
}
