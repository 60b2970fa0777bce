package nl.redzaam.adapters.rest.v1.trajectory.weeklywork;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.redzaam.application.trajectory.weeklywork.ReadThemeProgress;
import nl.redzaam.domain.trajectory.ThemeProgress;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How far the resident is, theme by theme. */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/theme-progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trajectories")
@Transactional
public class ThemeProgressResource {

  @Inject ReadThemeProgress readThemeProgress;

  /** One theme; every count but {@code assignments} adds up to {@code assignments}. */
  public record ThemeView(
      String theme,
      String themeName,
      int assignments,
      int approved,
      int waitingForReview,
      int needsRework,
      int toDo,
      int upcoming,
      int skipped) {
    public static ThemeView of(ThemeProgress p) {
      return new ThemeView(
          p.theme().name(),
          p.theme().dutchName(),
          p.assignments(),
          p.approved(),
          p.waitingForReview(),
          p.needsRework(),
          p.toDo(),
          p.upcoming(),
          p.skipped());
    }
  }

  @Schema(name = "ThemeProgressView")
  public record ThemeProgressView(int currentWeek, List<ThemeView> themes) {}

  @GET
  @Operation(
      summary = "Read the progress per theme",
      description =
          "For each of the five themes, in the method's order: the number of assignments (the"
              + " catalogue's and the coach's own) and how many are approved, waiting for review,"
              + " sent back for rework, to do (open, in the current week or earlier), upcoming"
              + " (open, in a later week) and skipped.")
  @APIResponse(
      responseCode = "200",
      description = "The progress per theme",
      content = @Content(schema = @Schema(ref = "ThemeProgressView")))
  @APIResponse(responseCode = "400", description = "A malformed trajectory id")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public ThemeProgressView themeProgress(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    var overview = readThemeProgress.execute(new ReadThemeProgress.Query(trajectoryId));
    return new ThemeProgressView(
        overview.currentWeek(), overview.themes().stream().map(ThemeView::of).toList());
  }
}
