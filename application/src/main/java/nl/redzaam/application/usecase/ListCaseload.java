package nl.redzaam.application.usecase;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.usecase.PageRequest.ResultPage;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.Note;
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
 * <p>The whole list costs a fixed number of queries, however long it is: the trajectories of the
 * coach and their team-mates in one, the residents' names in one, the unread messages in one, the
 * residents' last messages in one (and the coach teams).
 */
public final class ListCaseload {

  /** After this long without anything from the resident, a running trajectory is silent. */
  public static final Duration SILENT_AFTER = Duration.ofDays(14);

  /** Which trajectories to list. */
  public enum Scope {
    /** Those the coach is a coach of. */
    OWN,
    /** Those the coach stands in for: a team-mate coaches them, the coach does not. */
    TEAM,
    /** Both. */
    ALL
  }

  /** Why a trajectory waits for the coach; a trajectory may wait for several reasons. */
  public enum Waiting {
    /** Answers were handed in and wait for a review. */
    ANSWERS_TO_REVIEW,
    /** The resident left a note nobody has replied to. */
    NOTES_TO_ANSWER,
    /** The resident sent messages no staff member has read. */
    MESSAGES_TO_READ,
    /** An evaluation is to be held or concluded ({@link Trajectory#evaluationDue}). */
    EVALUATION_DUE,
    /** Nothing from the resident for {@link #SILENT_AFTER} or longer, while not paused. */
    SILENT
  }

  public enum Sort {
    /** By resident name (the default). */
    RESIDENT_NAME,
    /**
     * Most reasons to wait first, then most things waiting (answers, notes and messages together),
     * then by resident name.
     */
    MOST_WAITING
  }

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
   * One line of the caseload.
   *
   * @param thisWeek the assignments of the current week that were not skipped; empty outside the
   *     weekly work
   * @param unreadMessages the resident's messages no staff member has read yet
   * @param midEvaluationDue kept for clients that read it: {@code evaluationDue} is MID in part one
   * @param evaluationDue the evaluation to hold or conclude now, or null
   * @param lastResidentActivity the latest of: activating the account, handing in answers, saving a
   *     draft, leaving a note, sending a message; null before activation
   * @param silent no resident activity for {@link #SILENT_AFTER} or longer, from activation until
   *     the final evaluation, and not paused
   * @param standIn the coach is on it only as a stand-in for a team-mate
   * @param waitingFor why it waits for the coach, in the order of {@link Waiting}; empty: nothing
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

    /** Answers, notes and messages waiting together, for sorting by most waiting. */
    long thingsWaiting() {
      return answersToReview + notesAwaitingReply + unreadMessages;
    }
  }

  private record Line(Entry entry, String onBehalfOf) {}

  private static final Comparator<Entry> BY_NAME =
      Comparator.comparing(Entry::residentName, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(e -> e.trajectoryId().value());

  private static final Comparator<Entry> BY_MOST_WAITING =
      Comparator.comparingInt((Entry e) -> e.waitingFor().size())
          .thenComparingLong(Entry::thingsWaiting)
          .reversed()
          .thenComparing(BY_NAME);

  private final CurrentUser currentUser;
  private final TrajectoryRepository trajectories;
  private final ResidentRepository residents;
  private final CoachTeamRepository teams;
  private final MessageRepository messages;
  private final CatalogueRepository catalogues;
  private final AccessLog accessLog;
  private final Clock clock;

  @Inject
  public ListCaseload(
      CurrentUser currentUser,
      TrajectoryRepository trajectories,
      ResidentRepository residents,
      CoachTeamRepository teams,
      MessageRepository messages,
      CatalogueRepository catalogues,
      AccessLog accessLog,
      Clock clock) {
    this.currentUser = currentUser;
    this.trajectories = trajectories;
    this.residents = residents;
    this.teams = teams;
    this.messages = messages;
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
    List<Trajectory> listed =
        trajectories.runningWithAnyCoach(actor.municipalityId(), coaches).stream()
            .filter(t -> t.municipalityId().equals(actor.municipalityId()))
            .filter(t -> t.stage() != Stage.CLOSED)
            .filter(t -> inScope(query.scope(), t.isCoach(me)))
            .toList();

    Set<TrajectoryId> ids = listed.stream().map(Trajectory::id).collect(Collectors.toSet());
    Map<ResidentId, String> names =
        residents
            .findAll(listed.stream().map(Trajectory::residentId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Resident::id, Resident::fullName, (a, b) -> a));
    Map<TrajectoryId, Long> unread = messages.unreadByStaff(ids);
    Map<TrajectoryId, Instant> lastMessage = messages.lastSentByResident(ids);
    Map<CatalogueId, Catalogue> catalogueCache = new HashMap<>();
    Instant now = clock.now();
    LocalDate today = clock.today();

    List<Line> lines =
        listed.stream()
            .map(
                t ->
                    line(
                        t,
                        me,
                        names.getOrDefault(t.residentId(), "?"),
                        unread.getOrDefault(t.id(), 0L),
                        lastMessage.get(t.id()),
                        catalogueCache.computeIfAbsent(
                            t.catalogueId(), id -> CatalogueOf.trajectory(catalogues, t)),
                        now,
                        today))
            .filter(l -> matches(query.waitingFor(), l.entry()))
            .sorted(
                Comparator.comparing(
                    Line::entry, query.sort() == Sort.MOST_WAITING ? BY_MOST_WAITING : BY_NAME))
            .toList();
    ResultPage<Line> page = query.page().of(lines);
    // The page shows these residents' names and progress: a read of their data.
    page.items()
        .forEach(
            l ->
                accessLog.concerns(
                    new ResidentId(l.entry().residentId()),
                    l.entry().trajectoryId(),
                    l.onBehalfOf()));
    return page.map(Line::entry);
  }

  private static boolean inScope(Scope scope, boolean ownTrajectory) {
    return switch (scope) {
      case OWN -> ownTrajectory;
      case TEAM -> !ownTrajectory;
      case ALL -> true;
    };
  }

  private static boolean matches(Set<Waiting> wanted, Entry entry) {
    return wanted.isEmpty() || entry.waitingFor().stream().anyMatch(wanted::contains);
  }

  private static Line line(
      Trajectory t,
      StaffMemberId me,
      String residentName,
      long unreadMessages,
      Instant lastMessage,
      Catalogue catalogue,
      Instant now,
      LocalDate today) {
    long answersToReview =
        t.progress().stream().filter(p -> p.state() == ProgressState.SUBMITTED).count();
    long notesAwaitingReply = t.notes().stream().filter(Note::awaitsReply).count();
    EvaluationKind evaluationDue = t.evaluationDue(today, catalogue).orElse(null);
    Instant lastActivity =
        t.lastResidentActivity()
            .map(a -> lastMessage != null && lastMessage.isAfter(a) ? lastMessage : a)
            .orElse(lastMessage);
    boolean silent = silent(t, lastActivity, now);
    boolean standIn = !t.isCoach(me);

    Set<Waiting> waiting = EnumSet.noneOf(Waiting.class);
    if (answersToReview > 0) {
      waiting.add(Waiting.ANSWERS_TO_REVIEW);
    }
    if (notesAwaitingReply > 0) {
      waiting.add(Waiting.NOTES_TO_ANSWER);
    }
    if (unreadMessages > 0) {
      waiting.add(Waiting.MESSAGES_TO_READ);
    }
    if (evaluationDue != null) {
      waiting.add(Waiting.EVALUATION_DUE);
    }
    if (silent) {
      waiting.add(Waiting.SILENT);
    }
    Entry entry =
        new Entry(
            t.id(),
            t.residentId().value(),
            residentName,
            t.type(),
            t.stage(),
            t.currentWeek(today),
            t.paused(),
            t.tempo(),
            t.dueThisWeek(today, catalogue).stream()
                .map(
                    a ->
                        new AssignmentState(
                            a.code(), a.title(), a.progress().state(), a.coachExpectation()))
                .toList(),
            answersToReview,
            notesAwaitingReply,
            unreadMessages,
            t.midEvaluationDue(today),
            evaluationDue,
            lastActivity,
            silent,
            standIn,
            List.copyOf(waiting),
            t.themeProgress(catalogue, today),
            t.nextConversation(today).orElse(null));
    return new Line(entry, standIn ? "coaches:" + TrajectoryAccess.coachIds(t) : null);
  }

  /**
   * The resident is expected to act from activation until the final evaluation (not before they
   * have an account, not in aftercare), and not while the coach has paused the trajectory.
   */
  private static boolean silent(Trajectory t, Instant lastActivity, Instant now) {
    boolean residentExpectedToAct =
        t.stage().step() >= Stage.ACTIVATED.step()
            && t.stage().step() <= Stage.FINAL_EVALUATION.step();
    return residentExpectedToAct
        && !t.paused()
        && (lastActivity == null || !lastActivity.isAfter(now.minus(SILENT_AFTER)));
  }
}
