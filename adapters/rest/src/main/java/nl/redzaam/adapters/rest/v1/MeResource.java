package nl.redzaam.adapters.rest.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CurrentUser;
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
}
