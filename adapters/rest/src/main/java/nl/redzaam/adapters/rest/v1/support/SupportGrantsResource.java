package nl.redzaam.adapters.rest.v1.support;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.support.GrantSupportAccess;
import nl.redzaam.application.support.ListSupportGrants;
import nl.redzaam.application.support.RevokeSupportAccess;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The resident decides which verified support organisations may read their trajectory, and takes
 * that access back whenever they want.
 */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/support-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support access")
@Transactional
public class SupportGrantsResource {

  @Inject ListSupportGrants listGrants;
  @Inject GrantSupportAccess grantAccess;
  @Inject RevokeSupportAccess revokeAccess;

  @Schema(name = "GrantView")
  public record GrantView(
      UUID id,
      UUID organisationId,
      String organisationName,
      Instant grantedAt,
      Instant revokedAt,
      boolean active) {
    static GrantView of(SupportGrant grant, String organisationName) {
      return new GrantView(
          grant.id().value(),
          grant.organisationId().value(),
          organisationName,
          grant.grantedAt(),
          grant.revokedAt().orElse(null),
          grant.active());
    }
  }

  public record NewGrant(String organisationId) {}

  /** One page of the list. */
  public record GrantPage(List<GrantView> items, int page, int pageSize, long totalItems) {
    static GrantPage of(ResultPage<GrantView> result) {
      return new GrantPage(result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  @GET
  @Operation(
      summary = "List who may read your trajectory",
      description =
          "The support organisations you gave access to, newest first, with the ones you took"
              + " back (revokedAt). Only the resident sees this.")
  @APIResponse(
      responseCode = "200",
      description = "One page of grants",
      content = @Content(schema = @Schema(ref = "GrantPage")))
  @APIResponse(responseCode = "400", description = "trajectoryId is no UUID, or a bad page")
  @APIResponse(responseCode = "403", description = "Not the resident of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public GrantPage listSupportGrants(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    return GrantPage.of(
        listGrants
            .execute(new ListSupportGrants.Query(trajectoryId, Paging.request(page, pageSize)))
            .map(g -> GrantView.of(g.grant(), g.organisationName())));
  }

  @POST
  @Operation(
      summary = "Give a support organisation access",
      description =
          "The resident lets a verified support organisation of the municipality read the"
              + " trajectory (never change it), until the resident takes the access back.")
  @APIResponse(
      responseCode = "201",
      description = "Access given",
      content = @Content(schema = @Schema(ref = "GrantView")))
  @APIResponse(responseCode = "400", description = "No organisationId, or an id that is no UUID")
  @APIResponse(responseCode = "403", description = "Not the resident of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "support-already-granted: this organisation already has access")
  @APIResponse(
      responseCode = "422",
      description =
          "organisation-not-verified, or unknown-support-organisation: not an organisation of"
              + " your municipality")
  public Response grant(
      @PathParam("trajectoryId") TrajectoryId trajectoryId, @NotNull NewGrant body) {
    TrajectoryId trajectory = trajectoryId;
    SupportOrganisationId organisation =
        new SupportOrganisationId(Json.uuid(body.organisationId(), "organisationId"));
    var granted = grantAccess.execute(new GrantSupportAccess.Command(trajectory, organisation));
    SupportGrant grant = granted.grant();
    return Response.status(Response.Status.CREATED)
        .entity(GrantView.of(grant, granted.organisationName()))
        .build();
  }

  @POST
  @Path("/{grantId}/revocation")
  @Operation(
      summary = "Take a support organisation's access back",
      description =
          "Counts at once: from their next request on, the organisation's workers no longer see"
              + " the trajectory.")
  @APIResponse(responseCode = "204", description = "Access taken back")
  @APIResponse(responseCode = "400", description = "An id that is no UUID")
  @APIResponse(responseCode = "403", description = "Not the resident of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory or grant visible to you")
  @APIResponse(
      responseCode = "409",
      description = "grant-already-revoked: this access was taken back already")
  public Response revoke(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("grantId") SupportGrantId grantId) {
    TrajectoryId trajectory = trajectoryId;
    SupportGrantId grant = grantId;
    revokeAccess.execute(new RevokeSupportAccess.Command(trajectory, grant));
    return Response.noContent().build();
  }
}
