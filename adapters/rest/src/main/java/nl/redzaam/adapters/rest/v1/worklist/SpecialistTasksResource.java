package nl.redzaam.adapters.rest.v1.worklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.application.worklist.ListSpecialistTasks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in specialist's work list across their trajectories. */
@RequestScoped
@Path("/v1/specialist-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Specialists")
@Transactional
public class SpecialistTasksResource {

  @Inject ListSpecialistTasks listSpecialistTasks;

  /**
   * One task. {@code kind} ASSIGNMENT: {@code assignmentCode}, {@code week}, {@code title}, {@code
   * expectedOfSpecialist}, {@code state}; {@code kind} EVALUATION: {@code evaluationKind}.
   */
  public record TaskView(
      String kind,
      UUID trajectoryId,
      UUID residentId,
      String residentName,
      String assignmentCode,
      Integer week,
      String title,
      String expectedOfSpecialist,
      String state,
      String evaluationKind) {

    static TaskView of(ListSpecialistTasks.Task t) {
      return new TaskView(
          t.kind().name(),
          t.trajectoryId().value(),
          t.residentId(),
          t.residentName(),
          t.assignment() == null ? null : t.assignment().value(),
          t.week(),
          t.title(),
          t.expectedOfSpecialist(),
          t.state() == null ? null : t.state().name(),
          t.evaluation() == null ? null : t.evaluation().name());
    }
  }

  @Schema(name = "TaskPageView")
  public record TaskPageView(List<TaskView> items, int page, int pageSize, int totalItems) {}

  @GET
  @Operation(
      summary = "List the specialist's tasks",
      description =
          "For the logged-in specialist, across the running trajectories of their municipality"
              + " they are specialist of: the assignments up to the current week that say what"
              + " the specialist does and are not approved or skipped yet, and the open"
              + " evaluation whose specialist part is still unanswered. Sorted by resident, then"
              + " evaluations first, then by week.")
  @APIResponse(
      responseCode = "200",
      description = "One page of tasks",
      content = @Content(schema = @Schema(ref = "TaskPageView")))
  @APIResponse(responseCode = "400", description = "page below 1, pageSize not 1 to 100")
  @APIResponse(responseCode = "403", description = "Not a specialist")
  public TaskPageView tasks(
      @Parameter(description = "Page number, from 1") @QueryParam("page") String pageParam,
      @Parameter(description = "Items per page, 1 to 100 (default 20)") @QueryParam("pageSize")
          String pageSizeParam) {
    int page = Paging.page(pageParam);
    int pageSize = Paging.pageSize(pageSizeParam);
    var result = listSpecialistTasks.execute(new ListSpecialistTasks.Query(page, pageSize));
    return new TaskPageView(
        result.items().stream().map(TaskView::of).toList(),
        result.page(),
        result.pageSize(),
        result.totalItems());
  }
}
