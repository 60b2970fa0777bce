package nl.redzaam.adapters.rest.v1.measurement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.measurement.Kpis;
import nl.redzaam.application.measurement.ReadKpis;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.CoachTeamId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipality's figures (KPIs), for its policy officers and administrators. */
@RequestScoped
@Path("/v1/municipality/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurement")
@Transactional
public class KpiResource {

  @Inject ReadKpis readKpis;

  @Schema(name = "KpiCell")
  public record CellView(
      @Schema(description = "What the figure is, for example STARTED or INDEPENDENT") String key,
      @Schema(description = "COUNT, DAYS, WEEKS or PERCENT") String unit,
      @Schema(description = "The figure; absent when suppressed") BigDecimal value,
      @Schema(
              description =
                  "True when the figure rests on fewer than five trajectories: show it as < 5")
          boolean suppressed) {}

  @Schema(name = "KpiTable")
  public record TableView(
      @Schema(
              description =
                  "intake, stages, outcomes, earlyStops, throughput or stillIndependent;"
                      + " docs/reports.md says what each figure means")
          String key,
      List<CellView> rows) {}

  @Schema(name = "KpiCoachTeam")
  public record KpiTeamView(UUID id, String name) {}

  @Schema(name = "Kpis")
  public record KpisView(
      LocalDate from,
      LocalDate to,
      @Schema(description = "The trajectory type counted; absent: every type") String type,
      @Schema(description = "The coach team counted; absent: every team") UUID coachTeamId,
      @Schema(description = "The smallest number shown: 5") int smallestShown,
      List<TableView> tables,
      List<KpiTeamView> coachTeams) {
    static KpisView of(Kpis k) {
      return new KpisView(
          k.from(),
          k.to(),
          k.type() == null ? null : k.type().name(),
          k.coachTeam() == null ? null : k.coachTeam().value(),
          ReadKpis.SMALLEST_SHOWN,
          k.tables().stream()
              .map(
                  t ->
                      new TableView(
                          t.key(),
                          t.rows().stream()
                              .map(
                                  c ->
                                      new CellView(
                                          c.key(), c.unit().name(), c.value(), c.suppressed()))
                              .toList()))
              .toList(),
          k.teams().stream().map(t -> new KpiTeamView(t.id().value(), t.name())).toList());
    }
  }

  @GET
  @Operation(
      summary = "Read the municipality's figures",
      description =
          "Trajectories invited and started, the days to start, the running trajectories per"
              + " stage, the outcomes 11A/11B/11C, early stops per reason, the throughput time"
              + " and the share still independent at the last check-in: for a period (from and"
              + " to, both included, Dutch days; by default this year up to today), one"
              + " trajectory type and one coach team. Every cell under five is suppressed, so a"
              + " figure never points at a person. Policy officers and administrators only.")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content = @Content(schema = @Schema(ref = "Kpis")))
  @APIResponse(
      responseCode = "400",
      description = "A day that is not YYYY-MM-DD, an unknown type or a team id that is no UUID")
  @APIResponse(responseCode = "403", description = "Not a policy officer or administrator")
  @APIResponse(responseCode = "404", description = "No such coach team in your municipality")
  @APIResponse(
      responseCode = "422",
      description = "period-reversed (to before from) or period-too-long (ten years or more)")
  public KpisView kpis(
      @Parameter(description = "From this day (YYYY-MM-DD); default 1 January") @QueryParam("from")
          String from,
      @Parameter(description = "Up to and including this day (YYYY-MM-DD); default today")
          @QueryParam("to")
          String to,
      @Parameter(description = "Only this trajectory type") @QueryParam("type") String type,
      @Parameter(description = "Only trajectories coached by a member of this coach team")
          @QueryParam("coachTeamId")
          String coachTeamId) {
    return KpisView.of(
        readKpis.execute(
            new ReadKpis.Query(
                Json.optionalDay(from, "from"),
                Json.optionalDay(to, "to"),
                type == null || type.isBlank()
                    ? null
                    : Json.enumValue(TrajectoryType.class, type, "type"),
                coachTeamId == null || coachTeamId.isBlank()
                    ? null
                    : new CoachTeamId(Json.uuid(coachTeamId, "coachTeamId")))));
  }
}
