package nl.redzaam.adapters.rest.v1.worklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.adapters.rest.v1.trajectory.TrajectoriesResource;
import nl.redzaam.adapters.rest.v1.trajectory.weeklywork.ThemeProgressResource;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.administration.staff.ListCoaches;
import nl.redzaam.application.port.CaseloadQuery.Scope;
import nl.redzaam.application.port.CaseloadQuery.Sort;
import nl.redzaam.application.port.CaseloadQuery.Waiting;
import nl.redzaam.application.worklist.ListCaseload;
import nl.redzaam.domain.staff.StaffMemberId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coach's view of their residents. */
@RequestScoped
@Path("/v1/coaches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coaches")
@Transactional
public class CoachesResource {

  @Inject ListCaseload listCaseload;
  @Inject ListCoaches listCoaches;

  /** A coach of the municipality, to choose for a trajectory. */
  @Schema(name = "CoachView")
  public record CoachView(UUID id, String name) {}

  /** One page of the municipality's coaches. */
  @Schema(name = "CoachPage")
  public record CoachPage(List<CoachView> items, int page, int pageSize, long totalItems) {}

  @GET
  @Operation(
      summary = "List the municipality's coaches",
      description =
          "The active coaches of the caller's municipality by name (id and name only), so that a"
              + " specialist can choose who coaches a trajectory they start. Any staff member.")
  @APIResponse(
      responseCode = "200",
      description = "One page of coaches",
      content = @Content(schema = @Schema(ref = "CoachPage")))
  @APIResponse(responseCode = "400", description = "A bad page or pageSize")
  @APIResponse(responseCode = "403", description = "Not a staff member")
  public CoachPage listCoaches(
      @Parameter(description = "From 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize) {
    ResultPage<CoachView> result =
        listCoaches
            .execute(new ListCoaches.Query(Paging.request(page, pageSize)))
            .map(coach -> new CoachView(coach.id().value(), coach.name()));
    return new CoachPage(result.items(), result.page(), result.pageSize(), result.totalItems());
  }

  /**
   * One assignment of this week; {@code state} is OPEN, SUBMITTED, NEEDS_REWORK or APPROVED; {@code
   * expectedOfCoach} is what the catalogue says the coach does for it, or null.
   */
  @Schema(name = "CaseloadAssignment")
  public record CaseloadAssignment(
      String code, String title, String state, String expectedOfCoach) {}

  /**
   * One trajectory in the caseload. {@code thisWeek}: the current week's assignments that were not
   * skipped (empty outside the weekly work). {@code unreadMessages}: the resident's messages no
   * staff member has read. {@code evaluationDue}: START, MID or FINAL, the evaluation to hold or
   * conclude now, or null. {@code lastResidentActivity}: the latest of activating the account,
   * handing in answers, saving a draft, leaving a note, sending a message (null before activation).
   * {@code silent}: nothing from the resident for 14 days or more, from activation until the final
   * evaluation, while not paused. {@code standIn}: the coach is on it only as a stand-in for a
   * team-mate. {@code waitingFor}: why it waits for the coach, in this order: ANSWERS_TO_REVIEW,
   * NOTES_TO_ANSWER, MESSAGES_TO_READ, EVALUATION_DUE, SILENT.
   */
  @Schema(name = "CaseloadEntry")
  public record CaseloadEntry(
      UUID trajectoryId,
      UUID residentId,
      String residentName,
      String trajectoryType,
      String stage,
      int step,
      int currentWeek,
      boolean paused,
      String tempo,
      List<CaseloadAssignment> thisWeek,
      long answersToReview,
      long notesAwaitingReply,
      long unreadMessages,
      boolean midEvaluationDue,
      String evaluationDue,
      Instant lastResidentActivity,
      boolean silent,
      boolean standIn,
      List<String> waitingFor,
      List<ThemeProgressResource.ThemeView> themes,
      TrajectoriesResource.NextConversationView nextConversation) {

    static CaseloadEntry of(ListCaseload.Entry e) {
      return new CaseloadEntry(
          e.trajectoryId().value(),
          e.residentId(),
          e.residentName(),
          e.type().name(),
          e.stage().name(),
          e.stage().step(),
          e.currentWeek(),
          e.paused(),
          e.tempo().name(),
          e.thisWeek().stream()
              .map(
                  a ->
                      new CaseloadAssignment(
                          a.code().value(), a.title(), a.state().name(), a.expectedOfCoach()))
              .toList(),
          e.answersToReview(),
          e.notesAwaitingReply(),
          e.unreadMessages(),
          e.midEvaluationDue(),
          e.evaluationDue() == null ? null : e.evaluationDue().name(),
          e.lastResidentActivity(),
          e.silent(),
          e.standIn(),
          e.waitingFor().stream().map(Waiting::name).toList(),
          e.themes().stream().map(ThemeProgressResource.ThemeView::of).toList(),
          e.nextConversation() == null
              ? null
              : TrajectoriesResource.NextConversationView.of(e.nextConversation()));
    }
  }

  /** A page of the caseload. */
  @Schema(name = "CaseloadPage")
  public record CaseloadPage(List<CaseloadEntry> items, int page, int pageSize, long totalItems) {}

  @GET
  @Path("/{coachId}/trajectories")
  @Operation(
      summary = "List a coach's trajectories",
      description =
          "The caseload: the running trajectories this coach leads and, as a stand-in, those a"
              + " team-mate of one of their coach teams leads (standIn true), each with the current"
              + " week, this week's assignments and what waits for the coach. Only the own"
              + " municipality's; a coach sees only their own list. Every trajectory on the page is"
              + " written to the access log.")
  @APIResponse(
      responseCode = "200",
      description = "The caseload",
      content = @Content(schema = @Schema(ref = "CaseloadPage")))
  @APIResponse(
      responseCode = "400",
      description = "Bad page or pageSize, or an unknown scope, waitingFor or sort")
  @APIResponse(responseCode = "403", description = "Not your caseload")
  public CaseloadPage trajectories(
      @PathParam("coachId") StaffMemberId coachId,
      @Parameter(
              description =
                  "own (trajectories you coach), team (those you stand in for) or all (default)")
          @QueryParam("scope")
          String scope,
      @Parameter(
              description =
                  "Only trajectories waiting for one of these reasons: ANSWERS_TO_REVIEW,"
                      + " NOTES_TO_ANSWER, MESSAGES_TO_READ, EVALUATION_DUE, SILENT; repeat the"
                      + " parameter or separate with commas")
          @QueryParam("waitingFor")
          List<String> waitingFor,
      @Parameter(
              description =
                  "residentName (default) or mostWaiting: most reasons first, then most answers,"
                      + " notes and messages waiting")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "Items per page, 1-100, default 20") @QueryParam("pageSize")
          String pageSize) {
    var query =
        new ListCaseload.Query(
            coachId,
            scope(scope),
            waitingFor(waitingFor),
            sort(sort),
            Paging.request(page, pageSize));
    var result = listCaseload.execute(query);
    return new CaseloadPage(
        result.items().stream().map(CaseloadEntry::of).toList(),
        result.page(),
        result.pageSize(),
        result.totalItems());
  }

  private static Scope scope(String value) {
    if (value == null) {
      return Scope.ALL;
    }
    return switch (value) {
      case "own" -> Scope.OWN;
      case "team" -> Scope.TEAM;
      case "all" -> Scope.ALL;
      default ->
          throw new BadRequest("scope", "scope must be own, team or all, not '" + value + "'");
    };
  }

  private static Sort sort(String value) {
    if (value == null) {
      return Sort.RESIDENT_NAME;
    }
    return switch (value) {
      case "residentName" -> Sort.RESIDENT_NAME;
      case "mostWaiting" -> Sort.MOST_WAITING;
      default ->
          throw new BadRequest(
              "sort", "sort must be residentName or mostWaiting, not '" + value + "'");
    };
  }

  private static Set<Waiting> waitingFor(List<String> values) {
    Set<Waiting> reasons = EnumSet.noneOf(Waiting.class);
    if (values == null) {
      return reasons;
    }
    for (String value : values) {
      for (String name : value.split(",")) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        try {
          reasons.add(Waiting.valueOf(trimmed));
        } catch (IllegalArgumentException e) {
          throw new BadRequest(
              "waitingFor",
              "waitingFor must be one of "
                  + Arrays.stream(Waiting.values())
                      .map(Waiting::name)
                      .collect(Collectors.joining(", "))
                  + ", not '"
                  + trimmed
                  + "'");
        }
      }
    }
    return reasons;
  }
}
