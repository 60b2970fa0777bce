package nl.redzaam.adapters.rest.v1.administration.teams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.administration.teams.AddCoachTeamMember;
import nl.redzaam.application.administration.teams.CoachTeamOverview;
import nl.redzaam.application.administration.teams.CreateCoachTeam;
import nl.redzaam.application.administration.teams.ListCoachTeams;
import nl.redzaam.application.administration.teams.ReadCoachTeam;
import nl.redzaam.application.administration.teams.RemoveCoachTeamMember;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Coach teams: coaches of one municipality who stand in for each other. */
@RequestScoped
@Path("/v1/coach-teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@Transactional
public class CoachTeamsResource {

  @Inject ListCoachTeams listCoachTeams;
  @Inject ReadCoachTeam readCoachTeam;
  @Inject CreateCoachTeam createCoachTeam;
  @Inject AddCoachTeamMember addCoachTeamMember;
  @Inject RemoveCoachTeamMember removeCoachTeamMember;
  @Context UriInfo uri;

  public record MemberView(UUID id, String name) {}

  @Schema(name = "CoachTeamView")
  public record CoachTeamView(UUID id, String name, List<MemberView> members) {
    static CoachTeamView of(CoachTeamOverview overview) {
      return new CoachTeamView(
          overview.team().id().value(),
          overview.team().name(),
          overview.members().stream().map(m -> new MemberView(m.id().value(), m.name())).toList());
    }
  }

  public record NewCoachTeam(String name, Set<String> memberIds) {}

  public record NewMember(String coachId) {}

  /** One page of the list. */
  public record CoachTeamPage(List<CoachTeamView> items, int page, int pageSize, long totalItems) {
    static CoachTeamPage of(ResultPage<CoachTeamView> result) {
      return new CoachTeamPage(
          result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  @GET
  @Operation(
      summary = "List the coach teams",
      description = "The municipality's coach teams by name, with their members.")
  @APIResponse(
      responseCode = "200",
      description = "One page of teams",
      content = @Content(schema = @Schema(ref = "CoachTeamPage")))
  @APIResponse(responseCode = "400", description = "A bad page or pageSize")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public CoachTeamPage listCoachTeams(
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    return CoachTeamPage.of(
        listCoachTeams
            .execute(new ListCoachTeams.Query(Paging.request(page, pageSize)))
            .map(CoachTeamView::of));
  }

  @POST
  @Operation(
      summary = "Form a coach team",
      description =
          "Coaches in one team may work on each other's trajectories as stand-in, for example"
              + " during a holiday. Members are active coaches of your municipality.")
  @APIResponse(
      responseCode = "201",
      description = "Formed; Location points to the team",
      content = @Content(schema = @Schema(ref = "CoachTeamView")))
  @APIResponse(responseCode = "400", description = "No body, or a member id that is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "422",
      description = "An empty name, or unknown-coach: not an active coach of your municipality")
  public Response createCoachTeam(@NotNull NewCoachTeam body) {
    Set<StaffMemberId> members =
        Json.orEmpty(body.memberIds()).stream()
            .map(id -> new StaffMemberId(Json.uuid(id, "memberIds")))
            .collect(Collectors.toSet());
    CoachTeamView team =
        CoachTeamView.of(
            createCoachTeam.execute(new CreateCoachTeam.Command(body.name(), members)));
    return Response.created(uri.getAbsolutePathBuilder().path(team.id().toString()).build())
        .entity(team)
        .build();
  }

  @GET
  @Path("/{teamId}")
  @Operation(summary = "Read a coach team", description = "The team with its members.")
  @APIResponse(
      responseCode = "200",
      description = "The team",
      content = @Content(schema = @Schema(ref = "CoachTeamView")))
  @APIResponse(responseCode = "400", description = "teamId is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such team in your municipality")
  public CoachTeamView readCoachTeam(@PathParam("teamId") CoachTeamId teamId) {
    return CoachTeamView.of(readCoachTeam.execute(new ReadCoachTeam.Query(teamId)));
  }

  @POST
  @Path("/{teamId}/members")
  @Operation(
      summary = "Add a coach to a team",
      description = "Adding a member twice changes nothing.")
  @APIResponse(responseCode = "204", description = "Added")
  @APIResponse(responseCode = "400", description = "No coachId, or an id that is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such team in your municipality")
  @APIResponse(
      responseCode = "409",
      description = "concurrent-update: someone changed the team at the same time")
  @APIResponse(
      responseCode = "422",
      description = "unknown-coach: not an active coach of your municipality")
  public Response addMember(@PathParam("teamId") CoachTeamId teamId, @NotNull NewMember body) {
    CoachTeamId team = teamId;
    StaffMemberId coach = new StaffMemberId(Json.uuid(body.coachId(), "coachId"));
    addCoachTeamMember.execute(new AddCoachTeamMember.Command(team, coach));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/{teamId}/members/{coachId}")
  @Operation(
      summary = "Take a coach out of a team",
      description =
          "From the next request on, the coach no longer stands in for the other members."
              + " Removing someone who is not a member changes nothing.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "400", description = "An id that is no UUID")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such team in your municipality")
  @APIResponse(
      responseCode = "409",
      description = "concurrent-update: someone changed the team at the same time")
  public Response removeMember(
      @PathParam("teamId") CoachTeamId teamId, @PathParam("coachId") StaffMemberId coachId) {
    CoachTeamId team = teamId;
    StaffMemberId coach = coachId;
    removeCoachTeamMember.execute(new RemoveCoachTeamMember.Command(team, coach));
    return Response.noContent().build();
  }
}
