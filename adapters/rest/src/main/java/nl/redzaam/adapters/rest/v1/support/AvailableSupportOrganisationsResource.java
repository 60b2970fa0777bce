package nl.redzaam.adapters.rest.v1.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.support.ListAvailableSupportOrganisations;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisations a resident can choose from when giving access. A root resource of its own (not
 * a method of {@link SupportGrantsResource}): a root path ending in {trajectoryId} would take every
 * /v1/trajectories/{id}/... request away from the other trajectory resources.
 */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/available-support-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Support access")
@Transactional
public class AvailableSupportOrganisationsResource {

  @Inject ListAvailableSupportOrganisations listAvailable;

  public record AvailableOrganisation(UUID id, String name) {}

  /** One page of the list. */
  public record AvailableOrganisationPage(
      List<AvailableOrganisation> items, int page, int pageSize, long totalItems) {
    static AvailableOrganisationPage of(ResultPage<AvailableOrganisation> result) {
      return new AvailableOrganisationPage(
          result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  @GET
  @Operation(
      summary = "List the organisations you can give access",
      description =
          "The support organisations your municipality has verified, by name. Only these can"
              + " be given access to your trajectory.")
  @APIResponse(
      responseCode = "200",
      description = "One page of organisations",
      content = @Content(schema = @Schema(ref = "AvailableOrganisationPage")))
  @APIResponse(responseCode = "400", description = "trajectoryId is no UUID, or a bad page")
  @APIResponse(responseCode = "403", description = "Not the resident of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public AvailableOrganisationPage listAvailableSupportOrganisations(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    return AvailableOrganisationPage.of(
        listAvailable
            .execute(
                new ListAvailableSupportOrganisations.Query(
                    trajectoryId, Paging.request(page, pageSize)))
            .map(o -> new AvailableOrganisation(o.id().value(), o.name())));
  }
}
