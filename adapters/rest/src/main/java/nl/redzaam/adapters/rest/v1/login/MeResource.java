package nl.redzaam.adapters.rest.v1.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.ListOwnTrajectories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is, so a client knows its own ids and roles. */
@RequestScoped
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class MeResource {

  @Inject CurrentUser currentUser;
  @Inject ListOwnTrajectories listOwnTrajectories;

  public record Me(String kind, UUID id, UUID municipalityId, List<String> roles) {}

  @GET
  @Operation(
      summary = "Who am I",
      description = "The logged-in resident, staff member or support worker.")
  @APIResponse(
      responseCode = "200",
      description = "The logged-in person",
      content = @Content(schema = @Schema(ref = "Me")))
  public Me me() {
    Actor actor = currentUser.actor();
    if (actor instanceof Actor.ResidentActor resident) {
      return new Me(
          "RESIDENT", resident.residentId().value(), resident.municipalityId().value(), List.of());
    }
    if (actor instanceof Actor.SupportWorkerActor worker) {
      return new Me(
          "SUPPORT_WORKER",
          worker.supportWorkerId().value(),
          worker.municipalityId().value(),
          List.of());
    }
    Actor.StaffActor staff = (Actor.StaffActor) actor;
    return new Me(
        "STAFF",
        staff.staffMemberId().value(),
        staff.municipalityId().value(),
        staff.roles().stream().map(Enum::name).sorted().toList());
  }

  /** One of the resident's own trajectories; read it further under /v1/trajectories/{id}. */
  @Schema(name = "OwnTrajectory")
  public record OwnTrajectory(
      UUID id, String trajectoryType, String stage, int step, int currentWeek, Instant startedAt) {}

  /** The resident's trajectories: at most one is not closed, so the list is not paged. */
  @Schema(name = "OwnTrajectoryList")
  public record OwnTrajectoryList(List<OwnTrajectory> items) {}

  @GET
  @Path("/trajectories")
  @Transactional
  @Operation(
      summary = "My trajectories",
      description =
          "The logged-in resident's own trajectories, newest first, so that an app can find the"
              + " trajectory to show after login. Each is written to the access log as a read.")
  @APIResponse(
      responseCode = "200",
      description = "The resident's trajectories",
      content = @Content(schema = @Schema(ref = "OwnTrajectoryList")))
  @APIResponse(responseCode = "403", description = "Not a resident")
  public OwnTrajectoryList ownTrajectories() {
    return new OwnTrajectoryList(
        listOwnTrajectories.execute().stream()
            .map(
                t ->
                    new OwnTrajectory(
                        t.trajectoryId().value(),
                        t.type().name(),
                        t.stage().name(),
                        t.stage().step(),
                        t.currentWeek(),
                        t.startedAt()))
            .toList());
  }
}
