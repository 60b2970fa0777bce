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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.adapters.rest.v1.login.ActivationLinks;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.support.AddSupportWorker;
import nl.redzaam.application.support.DeactivateSupportWorker;
import nl.redzaam.application.support.ListSupportOrganisations;
import nl.redzaam.application.support.ListSupportWorkers;
import nl.redzaam.application.support.ReadSupportOrganisation;
import nl.redzaam.application.support.RegisterSupportOrganisation;
import nl.redzaam.application.support.VerifySupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrator registers and verifies support organisations and manages their workers. */
@RequestScoped
@Path("/v1/support-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@Transactional
public class SupportOrganisationsResource {

  @Inject ListSupportOrganisations listOrganisations;
  @Inject ReadSupportOrganisation readOrganisation;
  @Inject RegisterSupportOrganisation registerOrganisation;
  @Inject VerifySupportOrganisation verifyOrganisation;
  @Inject ListSupportWorkers listWorkers;
  @Inject AddSupportWorker addWorker;
  @Inject DeactivateSupportWorker deactivateWorker;
  @Context UriInfo uri;

  @Schema(name = "OrganisationView")
  public record OrganisationView(UUID id, String name, boolean verified) {
    static OrganisationView of(SupportOrganisation o) {
      return new OrganisationView(o.id().value(), o.name(), o.verified());
    }
  }

  public record NewOrganisation(String name) {}

  public record WorkerView(
      UUID id, UUID organisationId, String name, String email, boolean active) {
    static WorkerView of(SupportWorker w) {
      return new WorkerView(
          w.id().value(), w.organisationId().value(), w.name(), w.email().value(), w.active());
    }
  }

  public record NewWorker(String name, String email) {}

  /** The new worker and the activation link to pass on until the mail issue sends it. */
  @Schema(name = "AddedWorker")
  public record AddedWorker(
      WorkerView worker, URI activationLink, String activationToken, Instant expiresAt) {}

  /** One page of the list. */
  public record OrganisationPage(
      List<OrganisationView> items, int page, int pageSize, long totalItems) {
    static OrganisationPage of(ResultPage<OrganisationView> result) {
      return new OrganisationPage(
          result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  @GET
  @Operation(
      summary = "List the support organisations",
      description = "The municipality's support organisations by name, verified or not.")
  @APIResponse(
      responseCode = "200",
      description = "One page of organisations",
      content = @Content(schema = @Schema(ref = "OrganisationPage")))
  @APIResponse(responseCode = "400", description = "A bad page or pageSize")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public OrganisationPage listSupportOrganisations(
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    return OrganisationPage.of(
        listOrganisations
            .execute(new ListSupportOrganisations.Query(Paging.request(page, pageSize)))
            .map(OrganisationView::of));
  }

  @POST
  @Operation(
      summary = "Register a support organisation",
      description =
          "An outside organisation that helps residents, such as a volunteers' service. It starts"
              + " unverified; residents can grant it access only after verification.")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location points to it",
      content = @Content(schema = @Schema(ref = "OrganisationView")))
  @APIResponse(responseCode = "400", description = "No body")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "422", description = "An empty or too long name")
  public Response register(@NotNull NewOrganisation body) {
    SupportOrganisation organisation =
        registerOrganisation.execute(new RegisterSupportOrganisation.Command(body.name()));
    return Response.created(uri.getAbsolutePathBuilder().path(organisation.id().toString()).build())
        .entity(OrganisationView.of(organisation))
        .build();
  }

  @GET
  @Path("/{organisationId}")
  @Operation(summary = "Read a support organisation", description = "Name and verification.")
  @APIResponse(
      responseCode = "200",
      description = "The organisation",
      content = @Content(schema = @Schema(ref = "OrganisationView")))
  @APIResponse(responseCode = "400", description = "organisationId is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such organisation in your municipality")
  public OrganisationView readSupportOrganisation(
      @PathParam("organisationId") SupportOrganisationId organisationId) {
    return OrganisationView.of(
        readOrganisation.execute(new ReadSupportOrganisation.Query(organisationId)));
  }

  @POST
  @Path("/{organisationId}/verification")
  @Operation(
      summary = "Verify a support organisation",
      description =
          "Records that the municipality checked the organisation; from then on residents may"
              + " grant it access. Verifying again changes nothing.")
  @APIResponse(responseCode = "204", description = "Verified")
  @APIResponse(responseCode = "400", description = "organisationId is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such organisation in your municipality")
  public Response verify(@PathParam("organisationId") SupportOrganisationId organisationId) {
    verifyOrganisation.execute(new VerifySupportOrganisation.Command(organisationId));
    return Response.noContent().build();
  }

  /** One page of the list. */
  public record WorkerPage(List<WorkerView> items, int page, int pageSize, long totalItems) {
    static WorkerPage of(ResultPage<WorkerView> result) {
      return new WorkerPage(result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  @GET
  @Path("/{organisationId}/workers")
  @Operation(
      summary = "List an organisation's workers",
      description = "By name, deactivated ones included.")
  @APIResponse(
      responseCode = "200",
      description = "One page of workers",
      content = @Content(schema = @Schema(ref = "WorkerPage")))
  @APIResponse(responseCode = "400", description = "An id that is no UUID, or a bad page")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such organisation in your municipality")
  public WorkerPage workers(
      @PathParam("organisationId") SupportOrganisationId organisationId,
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    return WorkerPage.of(
        listWorkers
            .execute(new ListSupportWorkers.Query(organisationId, Paging.request(page, pageSize)))
            .map(WorkerView::of));
  }

  @POST
  @Path("/{organisationId}/workers")
  @Operation(
      summary = "Add a worker",
      description =
          "The answer holds an activation link (72 hours, once) with which the worker chooses a"
              + " password via POST /v1/activations and gets a support-worker account; until the"
              + " mail issue sends it, the administrator passes it on. A worker sees a trajectory"
              + " only while its resident grants the organisation access.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(ref = "AddedWorker")))
  @APIResponse(responseCode = "400", description = "No body or email, or an id that is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such organisation in your municipality")
  @APIResponse(
      responseCode = "409",
      description = "email-in-use: the address already belongs to someone")
  @APIResponse(responseCode = "422", description = "An empty name or an invalid email address")
  public Response addWorker(
      @PathParam("organisationId") SupportOrganisationId organisationId, @NotNull NewWorker body) {
    SupportOrganisationId organisation = organisationId;
    var added =
        addWorker.execute(
            new AddSupportWorker.Command(
                organisation, body.name(), Json.required(body.email(), "email")));
    String token = added.invitation().activationToken();
    return Response.status(Response.Status.CREATED)
        .entity(
            new AddedWorker(
                WorkerView.of(added.worker()),
                ActivationLinks.of(uri, token),
                token,
                added.invitation().expiresAt()))
        .build();
  }

  @POST
  @Path("/{organisationId}/workers/{workerId}/deactivation")
  @Operation(
      summary = "Deactivate a worker",
      description =
          "The worker can no longer log in; all their sessions end at once, so their next request"
              + " gets 401.")
  @APIResponse(responseCode = "204", description = "Deactivated")
  @APIResponse(responseCode = "400", description = "An id that is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "404",
      description = "No such organisation or worker in your municipality")
  public Response deactivateWorker(
      @PathParam("organisationId") SupportOrganisationId organisationId,
      @PathParam("workerId") SupportWorkerId workerId) {
    deactivateWorker.execute(new DeactivateSupportWorker.Command(organisationId, workerId));
    return Response.noContent().build();
  }
}
