package nl.redzaam.adapters.rest.v1.trajectory.growthplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.ETags;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.growthplan.AchieveGoal;
import nl.redzaam.application.trajectory.growthplan.MakeAgreement;
import nl.redzaam.application.trajectory.growthplan.ReadGrowthPlan;
import nl.redzaam.application.trajectory.growthplan.RecordProgress;
import nl.redzaam.application.trajectory.growthplan.SetGoal;
import nl.redzaam.domain.growthplan.Agreement;
import nl.redzaam.domain.growthplan.Goal;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.growthplan.ProgressEntry;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The growth plan: the resident's goals, the agreements made and the progress recorded. Everyone
 * who may view the trajectory reads it; coaches change it, naming the version they read (If-Match)
 * so that two coaches never overwrite each other.
 */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/growth-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Growth plan")
@Transactional
public class GrowthPlanResource {

  private static final String IF_MATCH_DESCRIPTION =
      "The ETag of the growth plan as last read, like \"7\"";

  @Inject ReadGrowthPlan readGrowthPlan;
  @Inject SetGoal setGoal;
  @Inject AchieveGoal achieveGoal;
  @Inject MakeAgreement makeAgreement;
  @Inject RecordProgress recordProgress;

  public record GoalView(
      UUID id,
      String description,
      String theme,
      LocalDate setOn,
      boolean achieved,
      LocalDate achievedOn) {
    static GoalView of(Goal g) {
      return new GoalView(
          g.id().value(),
          g.description(),
          g.theme() == null ? null : g.theme().name(),
          g.setOn(),
          g.achieved(),
          g.achievedOn());
    }
  }

  public record AgreementView(UUID id, String description, LocalDate madeOn) {
    static AgreementView of(Agreement a) {
      return new AgreementView(a.id().value(), a.description(), a.madeOn());
    }
  }

  /** Progress on one goal ({@code goalId}) or on the plan as a whole ({@code goalId} null). */
  public record ProgressView(
      UUID id, UUID goalId, String text, LocalDate writtenOn, UUID authorId) {
    static ProgressView of(ProgressEntry p) {
      return new ProgressView(
          p.id().value(),
          p.goal() == null ? null : p.goal().value(),
          p.text(),
          p.writtenOn(),
          p.author().value());
    }
  }

  @Schema(name = "GrowthPlanView")
  public record GrowthPlanView(
      List<GoalView> goals, List<AgreementView> agreements, List<ProgressView> progress) {
    static GrowthPlanView of(GrowthPlan plan) {
      return new GrowthPlanView(
          plan.goals().stream().map(GoalView::of).toList(),
          plan.agreements().stream().map(AgreementView::of).toList(),
          plan.progress().stream().map(ProgressView::of).toList());
    }
  }

  @GET
  @Operation(
      summary = "Read the growth plan",
      description =
          "The resident's goals (optionally per theme, and whether achieved), the agreements and"
              + " the progress recorded. The ETag names the version a change must be based on;"
              + " it changes with every change to the trajectory.")
  @APIResponse(
      responseCode = "200",
      description = "The growth plan",
      content = @Content(schema = @Schema(ref = "GrowthPlanView")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The version, for If-Match",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A malformed trajectory id")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public Response growthPlan(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    var read = readGrowthPlan.execute(new ReadGrowthPlan.Query(trajectoryId));
    return Response.ok(GrowthPlanView.of(read.plan())).tag(ETags.of(read.version())).build();
  }

  public record NewGoal(String description, String theme) {}

  @Schema(name = "GrowthPlanItemCreated")
  public record GrowthPlanItemCreated(UUID id) {}

  @POST
  @Path("/goals")
  @Operation(
      summary = "Set a goal",
      description =
          "A coach records one of the resident's goals, optionally tied to a theme (INCOME,"
              + " SELF_RELIANCE, ORGANISING_MONEY_MATTERS, SPENDING_RESPONSIBLY, BEING_PREPARED),"
              + " from the start conversation on.")
  @APIResponse(
      responseCode = "201",
      description = "Set; the body has the goal's id, the ETag the new version",
      content = @Content(schema = @Schema(ref = "GrowthPlanItemCreated")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The new version, for the next If-Match",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "No body, an unknown theme, a bad If-Match")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "Before the start conversation, or closed")
  @APIResponse(responseCode = "412", description = "Changed since you read it (stale ETag)")
  @APIResponse(responseCode = "422", description = "An empty or too long description")
  @APIResponse(responseCode = "428", description = "No If-Match")
  public Response setGoal(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull NewGoal body) {
    long expected = ETags.expectedVersion(ifMatch);
    var created =
        setGoal.execute(
            new SetGoal.Command(
                trajectoryId,
                body.description(),
                body.theme() == null ? null : Json.enumValue(Theme.class, body.theme(), "theme"),
                expected));
    return Response.status(Response.Status.CREATED)
        .entity(new GrowthPlanItemCreated(created.id().value()))
        .tag(ETags.of(created.version()))
        .build();
  }

  @POST
  @Path("/goals/{goalId}/achievements")
  @Operation(
      summary = "Mark a goal achieved",
      description = "A coach records that the resident achieved the goal, today.")
  @APIResponse(
      responseCode = "204",
      description = "Marked achieved",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The new version, for the next If-Match",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A malformed id or If-Match")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory or goal visible to you")
  @APIResponse(responseCode = "409", description = "Achieved already, or closed")
  @APIResponse(responseCode = "412", description = "Changed since you read it (stale ETag)")
  @APIResponse(responseCode = "428", description = "No If-Match")
  public Response achieveGoal(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("goalId") GoalId goalId,
      @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    long expected = ETags.expectedVersion(ifMatch);
    long version = achieveGoal.execute(new AchieveGoal.Command(trajectoryId, goalId, expected));
    return Response.noContent().tag(ETags.of(version)).build();
  }

  public record NewAgreement(String description) {}

  @POST
  @Path("/agreements")
  @Operation(
      summary = "Make an agreement",
      description =
          "A coach records an agreement made with the resident, for example \"we speak every two"
              + " weeks at home\".")
  @APIResponse(
      responseCode = "201",
      description = "Made; the body has the agreement's id, the ETag the new version",
      content = @Content(schema = @Schema(ref = "GrowthPlanItemCreated")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The new version, for the next If-Match",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "No body, or a bad If-Match")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "Before the start conversation, or closed")
  @APIResponse(responseCode = "412", description = "Changed since you read it (stale ETag)")
  @APIResponse(responseCode = "422", description = "An empty or too long description")
  @APIResponse(responseCode = "428", description = "No If-Match")
  public Response makeAgreement(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull NewAgreement body) {
    long expected = ETags.expectedVersion(ifMatch);
    var created =
        makeAgreement.execute(
            new MakeAgreement.Command(trajectoryId, body.description(), expected));
    return Response.status(Response.Status.CREATED)
        .entity(new GrowthPlanItemCreated(created.id().value()))
        .tag(ETags.of(created.version()))
        .build();
  }

  /** Progress on a goal, or on the plan as a whole when {@code goalId} is left out. */
  public record NewProgress(String goalId, String text) {}

  @POST
  @Path("/progress-entries")
  @Operation(
      summary = "Record progress",
      description = "A coach records progress on one goal, or on the plan as a whole.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; the body has the entry's id, the ETag the new version",
      content = @Content(schema = @Schema(ref = "GrowthPlanItemCreated")),
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The new version, for the next If-Match",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "No body, a malformed goalId or If-Match")
  @APIResponse(responseCode = "403", description = "Not a coach of this trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(responseCode = "409", description = "Before the start conversation, or closed")
  @APIResponse(responseCode = "412", description = "Changed since you read it (stale ETag)")
  @APIResponse(responseCode = "422", description = "An empty or too long text, an unknown goal")
  @APIResponse(responseCode = "428", description = "No If-Match")
  public Response recordProgress(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull NewProgress body) {
    long expected = ETags.expectedVersion(ifMatch);
    var created =
        recordProgress.execute(
            new RecordProgress.Command(
                trajectoryId,
                body.goalId() == null ? null : new GoalId(Json.uuid(body.goalId(), "goalId")),
                body.text(),
                expected));
    return Response.status(Response.Status.CREATED)
        .entity(new GrowthPlanItemCreated(created.id().value()))
        .tag(ETags.of(created.version()))
        .build();
  }
}
