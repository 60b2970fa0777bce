package nl.redzaam.adapters.rest.v1.trajectory.tempo;

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
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.tempo.ChangeTrajectoryTempo;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tempo of a trajectory: pause, resume, faster, normal, slower. */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trajectories")
@Transactional
public class TempoResource {

  @Inject ChangeTrajectoryTempo changeTempo;

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
  public Response changeTempo(
      @PathParam("trajectoryId") TrajectoryId trajectoryId, @NotNull TempoChange body) {
    changeTempo.execute(
        new ChangeTrajectoryTempo.Command(
            trajectoryId,
            Json.enumValue(ChangeTrajectoryTempo.Change.class, body.change(), "change")));
    return Response.noContent().build();
  }
}
