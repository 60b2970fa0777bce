package nl.redzaam.adapters.rest.v1.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.application.administration.SearchAccessLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrator searches the municipality's access log. */
@RequestScoped
@Path("/v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@Transactional
public class AccessLogSearchResource {

  // Days are the municipality's days.
  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  @Inject SearchAccessLog searchAccessLog;

  /** One access, with the names Redzaam knows for resident and actor. */
  @Schema(name = "AccessLogRecord")
  public record AccessLogRecord(
      Instant at,
      @Schema(
              description =
                  "Method and path template, for example GET /v1/trajectories/{trajectoryId}")
          String action,
      @Schema(description = "The object concerned, such as trajectory:<id> or staff-member:<id>")
          String object,
      UUID residentId,
      String residentName,
      @Schema(description = "RESIDENT, STAFF or SUPPORT_WORKER") String actorKind,
      UUID actorId,
      String actorName,
      @Schema(description = "For whom the actor acted: the coach stood in for, a support grant")
          String onBehalfOf,
      @Schema(description = "The HTTP status of the answer") int result,
      @Schema(description = "The client's network address") String origin) {}

  @Schema(name = "AccessLogSearchPage")
  public record AccessLogSearchPage(
      List<AccessLogRecord> items, int page, int pageSize, long totalItems) {}

  @GET
  @Operation(
      summary = "Search the municipality's access log",
      description =
          "For the administrator (the privacy officer's questions): who read or changed which"
              + " resident's data, when, with which operation and on whose behalf; newest first."
              + " Narrow it down by resident, by actor (a staff member, support worker or"
              + " resident) and by day (from and to, both included, Dutch time). A search for a"
              + " resident is itself recorded in her access log.")
  @APIResponse(
      responseCode = "200",
      description = "One page of records",
      content = @Content(schema = @Schema(ref = "AccessLogSearchPage")))
  @APIResponse(
      responseCode = "400",
      description = "An id that is not a UUID, a day that is not YYYY-MM-DD, or a bad page")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public AccessLogSearchPage search(
      @Parameter(description = "Only records about this resident") @QueryParam("residentId")
          String residentId,
      @Parameter(description = "Only records of this actor") @QueryParam("actorId") String actorId,
      @Parameter(description = "From this day (YYYY-MM-DD)") @QueryParam("from") String from,
      @Parameter(description = "Up to and including this day (YYYY-MM-DD)") @QueryParam("to")
          String to,
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    LocalDate fromDay = Json.optionalDay(from, "from");
    LocalDate toDay = Json.optionalDay(to, "to");
    var found =
        searchAccessLog.execute(
            new SearchAccessLog.Query(
                residentId == null ? null : Json.uuid(residentId, "residentId"),
                actorId == null ? null : Json.uuid(actorId, "actorId"),
                fromDay == null ? null : fromDay.atStartOfDay(DUTCH_TIME).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(DUTCH_TIME).toInstant(),
                Paging.request(page, pageSize)));
    return new AccessLogSearchPage(
        found.items().stream()
            .map(
                e ->
                    new AccessLogRecord(
                        e.record().at(),
                        e.record().action(),
                        e.record().object(),
                        e.record().residentId(),
                        e.residentName(),
                        e.record().actorKind(),
                        e.record().actorId(),
                        e.actorName(),
                        e.record().onBehalfOf(),
                        e.record().result(),
                        e.record().origin()))
            .toList(),
        found.page(),
        found.pageSize(),
        found.totalItems());
  }
}
