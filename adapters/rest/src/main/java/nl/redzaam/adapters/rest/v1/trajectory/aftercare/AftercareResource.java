package nl.redzaam.adapters.rest.v1.trajectory.aftercare;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.trajectory.aftercare.CloseTrajectory;
import nl.redzaam.application.trajectory.aftercare.PlanCheckIn;
import nl.redzaam.application.trajectory.aftercare.ReadAftercare;
import nl.redzaam.application.trajectory.aftercare.RecordCheckIn;
import nl.redzaam.application.trajectory.aftercare.StopEarly;
import nl.redzaam.domain.trajectory.CheckIn;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How a trajectory ends (step 11): check-ins (waakvlamgesprekken) in aftercare, closing it, and
 * stopping early.
 */
@RequestScoped
@Path("/v1/trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Aftercare")
@Transactional
public class AftercareResource {

  @Inject ReadAftercare readAftercare;
  @Inject PlanCheckIn planCheckIn;
  @Inject RecordCheckIn recordCheckIn;
  @Inject CloseTrajectory closeTrajectory;
  @Inject StopEarly stopEarly;

  /**
   * A check-in; {@code heldOn}, {@code summary} and {@code stillIndependent} stay null until it was
   * held.
   */
  @Schema(name = "CheckInView")
  public record CheckInView(
      UUID id, LocalDate plannedOn, LocalDate heldOn, String summary, Boolean stillIndependent) {
    static CheckInView of(CheckIn c) {
      return new CheckInView(
          c.id().value(), c.plannedOn(), c.heldOn(), c.summary(), c.stillIndependent());
    }
  }

  /** The check-ins of aftercare, a few at most: not paged. */
  @Schema(name = "CheckInList")
  public record CheckInList(List<CheckInView> items) {}

  @GET
  @Path("/{trajectoryId}/check-ins")
  @Operation(
      summary = "List the check-ins",
      description = "The check-ins planned in aftercare, held or not, in the order planned.")
  @APIResponse(
      responseCode = "200",
      description = "The check-ins",
      content = @Content(schema = @Schema(ref = "CheckInList")))
  @APIResponse(responseCode = "400", description = "trajectoryId is not a UUID")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public CheckInList checkIns(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    return new CheckInList(
        readAftercare.execute(new ReadAftercare.Query(trajectoryId)).checkIns().stream()
            .map(CheckInView::of)
            .toList());
  }

  @GET
  @Path("/{trajectoryId}/check-ins/{checkInId}")
  @Operation(summary = "Read a check-in", description = "One check-in of aftercare.")
  @APIResponse(
      responseCode = "200",
      description = "The check-in",
      content = @Content(schema = @Schema(ref = "CheckInView")))
  @APIResponse(responseCode = "400", description = "trajectoryId or checkInId is not a UUID")
  @APIResponse(
      responseCode = "404",
      description = "No such trajectory visible to you, or no such check-in in it")
  public CheckInView checkIn(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("checkInId") CheckInId checkInId) {
    CheckInId id = checkInId;
    return readAftercare.execute(new ReadAftercare.Query(trajectoryId)).checkIns().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .map(CheckInView::of)
        .orElseThrow(() -> new NotFound("No check-in " + id));
  }

  /** When the check-in is planned, {@code yyyy-mm-dd}. */
  public record NewCheckIn(String plannedOn) {}

  @POST
  @Path("/{trajectoryId}/check-ins")
  @Operation(
      summary = "Plan a check-in",
      description =
          "In aftercare a coach plans a check-in (waakvlamgesprek) with the resident, for today"
              + " or later.")
  @APIResponse(
      responseCode = "201",
      description = "Planned; Location points to the check-in",
      content = @Content(schema = @Schema(ref = "CheckInView")))
  @APIResponse(responseCode = "400", description = "Body, date or trajectoryId unreadable")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Not in aftercare (wrong-stage), closed, or changed at the same time")
  @APIResponse(responseCode = "422", description = "A date in the past (check-in-in-past)")
  public Response plan(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @NotNull NewCheckIn body,
      @Context UriInfo uri) {
    LocalDate on = date(body.plannedOn(), "plannedOn");
    CheckInId id = planCheckIn.execute(new PlanCheckIn.Command(trajectoryId, on));
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(new CheckInView(id.value(), on, null, null, null))
        .build();
  }

  /**
   * What was discussed, in short, and whether the resident still manages on their own (true), needs
   * support again (false) or the coach does not say (absent).
   */
  public record HeldCheckIn(String summary, Boolean stillIndependent) {}

  @PUT
  @Path("/{trajectoryId}/check-ins/{checkInId}")
  @Operation(
      summary = "Record a held check-in",
      description =
          "A coach records that the check-in was held today, with a short summary and whether"
              + " the resident still manages on their own (stillIndependent, optional; the"
              + " municipality's figures count it).")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(responseCode = "400", description = "Body or ids unreadable")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(
      responseCode = "404",
      description = "No such trajectory visible to you, or no such check-in")
  @APIResponse(
      responseCode = "409",
      description = "Already held (check-in-already-held), not in aftercare, closed")
  @APIResponse(responseCode = "422", description = "An empty or too long summary")
  public Response hold(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @PathParam("checkInId") CheckInId checkInId,
      @NotNull HeldCheckIn body) {
    recordCheckIn.execute(
        new RecordCheckIn.Command(
            trajectoryId, checkInId, body.summary(), body.stillIndependent()));
    return Response.noContent().build();
  }

  @POST
  @Path("/{trajectoryId}/closure")
  @Operation(
      summary = "Close the trajectory",
      description =
          "A coach closes the trajectory when aftercare is over. It stays readable, and can no"
              + " longer change.")
  @APIResponse(responseCode = "204", description = "Closed")
  @APIResponse(responseCode = "400", description = "trajectoryId is not a UUID")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Not in aftercare (wrong-stage), already closed, or changed at the same time")
  public Response close(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    closeTrajectory.execute(new CloseTrajectory.Command(trajectoryId));
    return Response.noContent().build();
  }

  /** The early stop, when the trajectory was stopped early. */
  @Schema(name = "EarlyStopView")
  public record EarlyStopView(
      String reason, String explanation, LocalDate stoppedOn, UUID stoppedBy) {}

  @GET
  @Path("/{trajectoryId}/early-stop")
  @Operation(
      summary = "Read the early stop",
      description = "Why and when a coach stopped the trajectory early.")
  @APIResponse(
      responseCode = "200",
      description = "The early stop",
      content = @Content(schema = @Schema(ref = "EarlyStopView")))
  @APIResponse(responseCode = "400", description = "trajectoryId is not a UUID")
  @APIResponse(
      responseCode = "404",
      description = "No such trajectory visible to you, or it was not stopped early")
  public EarlyStopView earlyStop(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    return readAftercare
        .execute(new ReadAftercare.Query(trajectoryId))
        .earlyStop()
        .map(
            e ->
                new EarlyStopView(
                    e.reason().name(), e.explanation(), e.stoppedOn(), e.stoppedBy().value()))
        .orElseThrow(() -> new NotFound("The trajectory was not stopped early"));
  }

  /**
   * Why: {@code READY_SOONER}, {@code NOT_READY}, {@code RESIDENT_WITHDREW} or {@code OTHER}, and
   * an explanation in words.
   */
  public record NewEarlyStop(String reason, String explanation) {}

  @POST
  @Path("/{trajectoryId}/early-stop")
  @Operation(
      summary = "Stop early",
      description =
          "A coach stops the trajectory before its planned end, because the resident is ready"
              + " sooner or clearly not ready (or withdrew). Before the start conversation this"
              + " closes the trajectory; afterwards the final evaluation opens, where the outcome"
              + " is agreed as usual.")
  @APIResponse(responseCode = "204", description = "Stopped")
  @APIResponse(responseCode = "400", description = "Body, reason or trajectoryId unreadable")
  @APIResponse(responseCode = "403", description = "Not a coach (or stand-in) of the trajectory")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "The final evaluation has begun (too-late-to-stop-early), or closed")
  @APIResponse(responseCode = "422", description = "An empty or too long explanation")
  public Response stop(
      @PathParam("trajectoryId") TrajectoryId trajectoryId, @NotNull NewEarlyStop body) {
    stopEarly.execute(
        new StopEarly.Command(
            trajectoryId,
            Json.enumValue(EarlyStopReason.class, body.reason(), "reason"),
            body.explanation()));
    return Response.noContent().build();
  }

  private static LocalDate date(String value, String name) {
    try {
      return LocalDate.parse(Json.required(value, name));
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a date yyyy-mm-dd, not '" + value + "'");
    }
  }
}
