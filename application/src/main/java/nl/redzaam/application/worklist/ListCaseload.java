package nl.redzaam.application.worklist;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CaseloadQuery;
import nl.redzaam.application.port.CaseloadQuery.Criteria;
import nl.redzaam.application.port.CaseloadQuery.Row;
import nl.redzaam.application.port.CaseloadQuery.Scope;
import nl.redzaam.application.port.CaseloadQuery.Sort;
import nl.redzaam.application.port.CaseloadQuery.Waiting;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.CatalogueOf;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.PlannedConversation;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Tempo;
import nl.redzaam.domain.trajectory.ThemeProgress;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach's caseload: every running trajectory they coach, and (as a stand-in) every running
 * trajectory a team-mate of one of their coach teams coaches, each with its week, this week's
 * assignments and what waits for the coach. Only trajectories of the coach's own municipality, and
 * only for a staff member holding the coach role (the relations {@code COACH} and {@code
 * STAND_IN_COACH} of {@link TrajectoryAccess}). Every trajectory on the page shown is written to
 * the access log as a read of its resident's data.
 *
 * <p>The {@link CaseloadQuery} filters, sorts and pages in the store; only the trajectories of the
 * page shown are loaded, for what a line shows beyond the query's row. A page costs a fixed number
 * of queries, however many trajectories the coach and their team have.
 */
public final class ListCaseload {

  /** After this long without anything from the resident, a running trajectory is silent. */
  public static final Duration SILENT_AFTER = Duration.ofDays(14);

  /**
   * @param waitingFor only trajectories waiting for at least one of these reasons; empty: all
   */
  public record Query(
      StaffMemberId coach, Scope scope, Set<Waiting> waitingFor, Sort sort, PageRequest page) {
    public Query {
      Objects.requireNonNull(coach, "coach");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(sort, "sort");
      Objects.requireNonNull(page, "page");
      waitingFor = Set.copyOf(waitingFor);
    }

    /** Everything, by resident name, the first {@link PageRequest#MAX_SIZE} entries. */
    public static Query of(StaffMemberId coach) {
      return new Query(
          coach, Scope.ALL, Set.of(), Sort.RESIDENT_NAME, new PageRequest(1, PageRequest.MAX_SIZE));
    }
  }

  /**
   * One assignment of this week, at a glance.
   *
   * @param expectedOfCoach what the catalogue says the coach does for it; null when nothing (and
   *     for the coach's own assignments)
   */
  public record AssignmentState(
      AssignmentCode code, String title, ProgressState state, String expectedOfCoach) {}

  /**
   * One line of the caseload: the query's {@link Row} and what the trajectory adds.
   *
   * @param thisWeek the assignments of the current week that were not skipped; empty outside the
   *     weekly work
   * @param midEvaluationDue kept for clients that read it: {@code evaluationDue} is MID in part one
   * @param silent no resident activity for {@link #SILENT_AFTER} or longer, from activation until
   *     the final evaluation, and not paused
   * @param standIn the coach is on it only as a stand-in for a team-mate
   * @param themes how far the resident is per theme, in the method's order
   */
  public record Entry(
      TrajectoryId trajectoryId,
      UUID residentId,
      String residentName,
      TrajectoryType type,
      Stage stage,
      int currentWeek,
      boolean paused,
      Tempo tempo,
      List<AssignmentState> thisWeek,
      long answersToReview,
      long notesAwaitingReply,
      long unreadMessages,
      boolean midEvaluationDue,
      EvaluationKind evaluationDue,
      Instant lastResidentActivity,
      boolean silent,
      boolean standIn,
      List<Waiting> waitingFor,
      List<ThemeProgress> themes,
      PlannedConversation nextConversation) {

    public Entry {
      thisWeek = List.copyOf(thisWeek);
      waitingFor = List.copyOf(waitingFor);
      themes = List.copyOf(themes);
    }
  }

  private final CurrentUser currentUser;
  private final CaseloadQuery caseload;
  private final TrajectoryRepository trajectories;
  private final CoachTeamRepository teams;
  private final CatalogueRepository catalogues;
  private final AccessLog accessLog;
  private final Clock clock;

  @Inject
  public ListCaseload(
      CurrentUser currentUser,
      CaseloadQuery caseload,
      TrajectoryRepository trajectories,
      CoachTeamRepository teams,
      CatalogueRepository catalogues,
      AccessLog accessLog,
      Clock clock) {
    this.currentUser = currentUser;
    this.caseload = caseload;
    this.trajectories = trajectories;
    this.teams = teams;
    this.catalogues = catalogues;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  public ResultPage<Entry> execute(Query query) {
    StaffActor actor = TrajectoryAccess.staff(currentUser.actor(), "see a caseload");
    StaffMemberId me = actor.staffMemberId();
    if (!me.equals(query.coach())) {
      throw new AccessDenied("A coach sees their own caseload");
    }
    if (!actor.holds(StaffRole.COACH)) {
      // Without the coach role there is no relation COACH or STAND_IN_COACH to any trajectory.
      return query.page().of(List.of());
    }
    Set<StaffMemberId> coaches = new HashSet<>();
    coaches.add(me);
    if (query.scope() != Scope.OWN) {
      teams.withMember(me).stream()
          .filter(team -> team.municipalityId().equals(actor.municipalityId()))
          .forEach(team -> coaches.addAll(team.members()));
    }
    Map<CatalogueId, Catalogue> inUse =
        caseload.cataloguesInUse(actor.municipalityId(), coaches).stream()
            .collect(Collectors.toMap(id -> id, id -> CatalogueOf.inUse(catalogues, id)));
    LocalDate today = clock.today();
    ResultPage<Row> rows =
        caseload.page(
            new Criteria(
                actor.municipalityId(),
                me,
                coaches,
                query.scope(),
                query.waitingFor(),
                query.sort(),
                query.page(),
                today,
                clock.now().minus(SILENT_AFTER),
                inUse.values().stream()
                    .collect(Collectors.toMap(Catalogue::id, Catalogue::lastWeek))));
    Map<TrajectoryId, Trajectory> shown =
        trajectories
            .findAll(rows.items().stream().map(Row::trajectoryId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Trajectory::id, Function.identity()));
    return rows.map(
        row -> {
          Trajectory t = shown.get(row.trajectoryId());
          // The page shows this resident's name and progress: a read of their data.
          accessLog.concerns(
              row.residentId(),
              row.trajectoryId(),
              row.standIn() ? "coaches:" + TrajectoryAccess.coachIds(t) : null);
          return entry(row, t, inUse.get(t.catalogueId()), today);
        });
  }

  private static Entry entry(Row row, Trajectory t, Catalogue catalogue, LocalDate today) {
    return new Entry(
        row.trajectoryId(),
        row.residentId().value(),
        row.residentName(),
        row.type(),
        row.stage(),
        row.currentWeek(),
        row.paused(),
        t.tempo(),
        t.dueThisWeek(today, catalogue).stream()
            .map(
                a ->
                    new AssignmentState(
                        a.code(), a.title(), a.progress().state(), a.coachExpectation()))
            .toList(),
        row.answersToReview(),
        row.notesAwaitingReply(),
        row.unreadMessages(),
        row.stage() == Stage.COACHING_PART_ONE && row.evaluationDue() == EvaluationKind.MID,
        row.evaluationDue(),
        row.lastResidentActivity(),
        row.silent(),
        row.standIn(),
        row.waitingFor(),
        t.themeProgress(catalogue, today),
        t.nextConversation(today).orElse(null));
  }
}
