package nl.redzaam.adapters.rest.v1.administration.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.adapters.rest.v1.ETags;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.adapters.rest.v1.login.ActivationLinks;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.administration.staff.ChangeStaffRoles;
import nl.redzaam.application.administration.staff.CreateStaffMember;
import nl.redzaam.application.administration.staff.DeactivateStaffMember;
import nl.redzaam.application.administration.staff.ListStaffMembers;
import nl.redzaam.application.administration.staff.ReadStaffMember;
import nl.redzaam.application.administration.staff.ResetSecondFactor;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrator manages the municipality's coaches, specialists and administrators. */
@RequestScoped
@Path("/v1/staff-members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@Transactional
public class StaffMembersResource {

  @Inject ListStaffMembers listStaffMembers;
  @Inject ReadStaffMember readStaffMember;
  @Inject CreateStaffMember createStaffMember;
  @Inject ChangeStaffRoles changeStaffRoles;
  @Inject DeactivateStaffMember deactivateStaffMember;
  @Inject ResetSecondFactor resetSecondFactor;
  @Context UriInfo uri;

  @Schema(name = "StaffMemberView")
  public record StaffMemberView(
      UUID id, String name, String email, List<String> roles, String organisation, boolean active) {
    static StaffMemberView of(StaffMember s) {
      return new StaffMemberView(
          s.id().value(),
          s.name(),
          s.email().value(),
          s.roles().stream().sorted().map(StaffRole::name).toList(),
          s.organisation(),
          s.active());
    }
  }

  /** A new staff member; {@code organisation} only for a specialist of an outside organisation. */
  public record NewStaffMember(String name, String email, Set<String> roles, String organisation) {}

  /** The new staff member and the activation link to pass on until the mail issue sends it. */
  @Schema(name = "CreatedStaffMember")
  public record CreatedStaffMember(
      StaffMemberView staffMember, URI activationLink, String activationToken, Instant expiresAt) {}

  public record Roles(Set<String> roles) {}

  /** One page of the list. */
  public record StaffMemberPage(
      List<StaffMemberView> items, int page, int pageSize, long totalItems) {
    static StaffMemberPage of(ResultPage<StaffMemberView> result) {
      return new StaffMemberPage(
          result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  @GET
  @Operation(
      summary = "List the staff",
      description =
          "The municipality's staff members by name, deactivated ones included, optionally only"
              + " those holding one role.")
  @APIResponse(
      responseCode = "200",
      description = "One page of staff members",
      content = @Content(schema = @Schema(ref = "StaffMemberPage")))
  @APIResponse(responseCode = "400", description = "An unknown role, or a bad page or pageSize")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public StaffMemberPage listStaffMembers(
      @Parameter(description = "COACH, SPECIALIST or ADMINISTRATOR") @QueryParam("role")
          String role,
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    StaffRole filter = role == null ? null : Json.enumValue(StaffRole.class, role, "role");
    return StaffMemberPage.of(
        listStaffMembers
            .execute(new ListStaffMembers.Query(filter, Paging.request(page, pageSize)))
            .map(StaffMemberView::of));
  }

  @POST
  @Operation(
      summary = "Add a staff member",
      description =
          "Adds a coach, specialist or administrator (one person may hold several roles). A"
              + " specialist may work for an outside organisation; administrators are the"
              + " municipality's own staff. The answer holds an activation link (72 hours, once)"
              + " with which the new colleague chooses a password via POST /v1/activations;"
              + " until the mail issue sends it, the administrator passes it on.")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location points to the staff member",
      content = @Content(schema = @Schema(ref = "CreatedStaffMember")))
  @APIResponse(responseCode = "400", description = "Missing email or roles, or an unknown role")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "409",
      description = "email-in-use: the address already belongs to someone")
  @APIResponse(
      responseCode = "422",
      description =
          "An empty name, an invalid email address, staff-member-needs-a-role,"
              + " outside-organisation-only-for-specialists,"
              + " administrator-of-outside-organisation or policy-officer-of-outside-organisation")
  public Response createStaffMember(@NotNull NewStaffMember body) {
    var created =
        createStaffMember.execute(
            new CreateStaffMember.Command(
                body.name(),
                Json.required(body.email(), "email"),
                roles(body.roles()),
                body.organisation()));
    StaffMember member = created.staffMember();
    String token = created.invitation().activationToken();
    return Response.created(uri.getAbsolutePathBuilder().path(member.id().toString()).build())
        .entity(
            new CreatedStaffMember(
                StaffMemberView.of(member),
                ActivationLinks.of(uri, token),
                token,
                created.invitation().expiresAt()))
        .build();
  }

  @GET
  @Path("/{staffMemberId}")
  @Operation(
      summary = "Read a staff member",
      description = "With an ETag, needed to change the roles.")
  @APIResponse(
      responseCode = "200",
      description = "The staff member; ETag is its version",
      content = @Content(schema = @Schema(ref = "StaffMemberView")))
  @APIResponse(responseCode = "400", description = "staffMemberId is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such staff member in your municipality")
  public Response readStaffMember(@PathParam("staffMemberId") StaffMemberId staffMemberId) {
    StaffMember member = readStaffMember.execute(new ReadStaffMember.Query(staffMemberId));
    return Response.ok(StaffMemberView.of(member)).tag(ETags.of(member.version())).build();
  }

  @PUT
  @Path("/{staffMemberId}/roles")
  @Operation(
      summary = "Change a staff member's roles",
      description =
          "Sets the complete set of roles. The municipality keeps at least one active"
              + " administrator. Send the ETag of the staff member in If-Match.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "No roles, or an unknown role")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such staff member in your municipality")
  @APIResponse(responseCode = "412", description = "stale-version: changed since you read it")
  @APIResponse(
      responseCode = "422",
      description =
          "staff-member-needs-a-role, last-administrator, administrator-of-outside-organisation or"
              + " policy-officer-of-outside-organisation")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match missing")
  public Response changeRoles(
      @PathParam("staffMemberId") StaffMemberId staffMemberId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull Roles body) {
    StaffMemberId id = staffMemberId;
    Set<StaffRole> roles = roles(body.roles());
    changeStaffRoles.execute(
        new ChangeStaffRoles.Command(id, roles, ETags.expectedVersion(ifMatch)));
    return Response.noContent().build();
  }

  @POST
  @Path("/{staffMemberId}/deactivation")
  @Operation(
      summary = "Deactivate a staff member",
      description =
          "The staff member can no longer log in; all their sessions end at once, so their next"
              + " request gets 401, and an unused activation link stops working. Their trajectories"
              + " and history stay. You cannot deactivate yourself or the last administrator.")
  @APIResponse(responseCode = "204", description = "Deactivated")
  @APIResponse(responseCode = "400", description = "staffMemberId is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such staff member in your municipality")
  @APIResponse(
      responseCode = "422",
      description = "cannot-deactivate-yourself or last-administrator")
  public Response deactivate(@PathParam("staffMemberId") StaffMemberId staffMemberId) {
    deactivateStaffMember.execute(new DeactivateStaffMember.Command(staffMemberId));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/{staffMemberId}/second-factor")
  @Operation(
      summary = "Reset a staff member's second factor",
      description =
          "For a colleague who lost the phone with the authenticator app and the recovery codes:"
              + " removes the app's secret and the recovery codes and ends all their sessions. At"
              + " the next login they set up a new app where the municipality requires one."
              + " Written to the access log with the staff member as its object.")
  @APIResponse(responseCode = "204", description = "Reset (also when none was set up)")
  @APIResponse(responseCode = "400", description = "staffMemberId is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such staff member in your municipality")
  public Response resetSecondFactor(@PathParam("staffMemberId") StaffMemberId staffMemberId) {
    resetSecondFactor.execute(new ResetSecondFactor.Command(staffMemberId));
    return Response.noContent().build();
  }

  private static Set<StaffRole> roles(Set<String> roles) {
    return Json.required(roles, "roles").stream()
        .map(r -> Json.enumValue(StaffRole.class, r, "roles"))
        .collect(Collectors.toSet());
  }
}
