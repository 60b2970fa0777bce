package nl.redzaam.adapters.rest.v1.trajectory;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.ReadTrajectory;
import nl.redzaam.application.trajectory.start.StartTrajectory;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.PlannedConversation;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trajectories: start one, read one. What happens in a trajectory has its own resource, by
 * capability: {@code weeklywork}, {@code tempo}, {@code conversation}, {@code notes}, ...
 */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trajectories")
@Transactional
public class TrajectoriesResource {

  @Inject StartTrajectory startTrajectory;
  @Inject ReadTrajectory readTrajectory;

  /** Body of a new trajectory. */
  public record NewTrajectory(
      String residentFirstName,
      String residentLastName,
      String residentEmail,
      String trajectoryType,
      Set<String> coachIds,
      Set<String> specialistIds) {}

  @Schema(name = "Created")
  public record Created(UUID id) {}

  @POST
  @Operation(
      summary = "Start a trajectory",
      description =
          "Step 1 of the method: a specialist (or a coach, for the prevention type) selects a"
              + " resident and starts a trajectory of a purchased type on the newest catalogue.")
  @APIResponse(
      responseCode = "201",
      description = "Started; Location points to the trajectory",
      content = @Content(schema = @Schema(ref = "Created")))
  @APIResponse(responseCode = "403", description = "Not a specialist of this municipality")
  @APIResponse(responseCode = "422", description = "A rule of the method was broken")
  public Response start(@NotNull NewTrajectory body, @Context UriInfo uri) {
    TrajectoryId id =
        startTrajectory.execute(
            new StartTrajectory.Command(
                body.residentFirstName(),
                body.residentLastName(),
                Json.required(body.residentEmail(), "residentEmail"),
                Json.enumValue(TrajectoryType.class, body.trajectoryType(), "trajectoryType"),
                staffIds(body.coachIds(), "coachIds"),
                staffIds(body.specialistIds(), "specialistIds")));
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(new Created(id.value()))
        .build();
  }

  private static Set<StaffMemberId> staffIds(Set<String> ids, String name) {
    return Json.orEmpty(ids).stream()
        .map(id -> new StaffMemberId(Json.uuid(id, name)))
        .collect(Collectors.toSet());
  }

  /** A trajectory as the API shows it. */
  public record TrajectoryView(
      UUID id,
      UUID residentId,
      String trajectoryType,
      int catalogueVersion,
      String stage,
      int step,
      int currentWeek,
      boolean paused,
      String tempo,
      boolean midEvaluationDue,
      @Schema(description = "The week of part one in which the mid evaluation is held (18)")
          int midEvaluationWeek,
      List<UUID> coachIds,
      List<UUID> specialistIds,
      String outcome,
      String earlyStopReason,
      // Described on its schema: a @Schema here would inline the object instead of referring to it.
      NextConversationView nextConversation) {}

  /** When (Dutch time, {@code yyyy-mm-ddThh:mm}, as it was planned) and where. */
  @Schema(
      name = "NextConversationView",
      description =
          "The planned next conversation with the coach if it is today or later; left out"
              + " otherwise")
  public record NextConversationView(
      @Schema(description = "Dutch time without an offset", example = "2026-12-08T10:00")
          String startsAt,
      String place) {

    // Planned times are whole minutes.
    private static final DateTimeFormatter MINUTES =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    public static NextConversationView of(PlannedConversation c) {
      return new NextConversationView(c.startsAt().format(MINUTES), c.place());
    }
  }

  @GET
  @Path("/{trajectoryId}")
  @Operation(
      summary = "Read a trajectory",
      description =
          "Stage (step 1-11 of the method), current week, tempo, participants and, once decided,"
              + " the outcome (11A, 11B, 11C).")
  @APIResponse(
      responseCode = "200",
      description = "The trajectory",
      content = @Content(schema = @Schema(ref = "TrajectoryView")))
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public TrajectoryView trajectory(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    var overview = readTrajectory.execute(new ReadTrajectory.Query(trajectoryId));
    var t = overview.trajectory();
    return new TrajectoryView(
        t.id().value(),
        t.residentId().value(),
        t.type().name(),
        t.catalogueId().version(),
        t.stage().name(),
        t.stage().step(),
        overview.currentWeek(),
        t.paused(),
        t.tempo().name(),
        overview.midEvaluationDue(),
        t.midEvaluationWeek(),
        t.coaches().stream().map(StaffMemberId::value).sorted().toList(),
        t.specialists().stream().map(StaffMemberId::value).sorted().toList(),
        t.outcome().map(o -> o.step()).orElse(null),
        t.earlyStop().map(e -> e.reason().name()).orElse(null),
        overview.nextConversation().map(NextConversationView::of).orElse(null));
  }
}
