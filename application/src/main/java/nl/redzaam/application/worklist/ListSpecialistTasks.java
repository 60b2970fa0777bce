package nl.redzaam.application.worklist;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.CatalogueOf;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.Evaluation;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.WeekAssignment;

/**
 * The logged-in specialist's work list, across the running trajectories they are specialist of: the
 * assignments up to the current week that say what the specialist does and are not approved or
 * skipped yet, and the open evaluation in which the specialist has not answered their part.
 */
public final class ListSpecialistTasks {

  public static final int MAX_PAGE_SIZE = 100;

  /**
   * @param page from 1
   * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
   */
  public record Query(int page, int pageSize) {
    public Query {
      if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("page from 1, pageSize 1 to " + MAX_PAGE_SIZE);
      }
    }
  }

  public enum TaskKind {
    /** An assignment in which the specialist has a part. */
    ASSIGNMENT,
    /** An open evaluation the specialist has not answered yet. */
    EVALUATION
  }

  /**
   * One thing to do. For an assignment: its code, week, title, what the specialist does and the
   * resident's progress; for an evaluation: its kind.
   */
  public record Task(
      TaskKind kind,
      TrajectoryId trajectoryId,
      UUID residentId,
      String residentName,
      AssignmentCode assignment,
      Integer week,
      String title,
      String expectedOfSpecialist,
      ProgressState state,
      EvaluationKind evaluation) {}

  public record TaskPage(List<Task> items, int page, int pageSize, int totalItems) {}

  /** Which evaluation belongs to which stage: only the current one is waiting for answers. */
  private static final Map<Stage, EvaluationKind> EVALUATION_AT =
      Map.of(
          Stage.START_CONVERSATION, EvaluationKind.START,
          Stage.MID_EVALUATION, EvaluationKind.MID,
          Stage.FINAL_EVALUATION, EvaluationKind.FINAL);

  private static final Set<ProgressState> DONE =
      EnumSet.of(ProgressState.APPROVED, ProgressState.SKIPPED);

  private final CurrentUser currentUser;
  private final TrajectoryRepository trajectories;
  private final ResidentRepository residents;
  private final CatalogueRepository catalogues;
  private final AccessLog accessLog;
  private final Clock clock;

  @Inject
  public ListSpecialistTasks(
      CurrentUser currentUser,
      TrajectoryRepository trajectories,
      ResidentRepository residents,
      CatalogueRepository catalogues,
      AccessLog accessLog,
      Clock clock) {
    this.currentUser = currentUser;
    this.trajectories = trajectories;
    this.residents = residents;
    this.catalogues = catalogues;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  public TaskPage execute(Query query) {
    StaffActor actor = TrajectoryAccess.staff(currentUser.actor(), "see a specialist's tasks");
    if (!actor.holds(StaffRole.SPECIALIST)) {
      throw new AccessDenied("Only a specialist has a specialist's work list");
    }
    LocalDate today = clock.today();
    Map<CatalogueId, Catalogue> catalogueCache = new HashMap<>();
    List<Task> all = new ArrayList<>();
    for (Trajectory t : trajectories.withSpecialist(actor.staffMemberId())) {
      if (t.municipalityId().equals(actor.municipalityId()) && t.stage() != Stage.CLOSED) {
        String name = residents.find(t.residentId()).map(Resident::fullName).orElse("?");
        Participant me = Participant.specialist(actor.staffMemberId());
        openEvaluation(t, me).ifPresent(kind -> all.add(evaluationTask(t, name, kind)));
        if (t.stage().isWeeklyWork()) {
          Catalogue catalogue =
              catalogueCache.computeIfAbsent(
                  t.catalogueId(), id -> CatalogueOf.trajectory(catalogues, t));
          for (int week = 1; week <= t.currentWeek(today); week++) {
            for (WeekAssignment a : t.assignmentsOfWeek(week, catalogue)) {
              if (a.specialistExpectation() != null && !DONE.contains(a.progress().state())) {
                all.add(assignmentTask(t, name, a));
              }
            }
          }
        }
      }
    }
    all.sort(
        Comparator.comparing(Task::residentName)
            .thenComparing(task -> task.trajectoryId().value())
            .thenComparing(Task::kind, Comparator.reverseOrder())
            .thenComparing(task -> task.week() == null ? 0 : task.week())
            .thenComparing(task -> task.assignment() == null ? "" : task.assignment().value()));
    int from = Math.min(all.size(), PageRequest.offset(query.page(), query.pageSize()));
    List<Task> page = all.subList(from, Math.min(all.size(), from + query.pageSize()));
    logWhoseDataIsShown(page);
    return new TaskPage(List.copyOf(page), query.page(), query.pageSize(), all.size());
  }

  private static Optional<EvaluationKind> openEvaluation(Trajectory t, Participant me) {
    return Optional.ofNullable(EVALUATION_AT.get(t.stage()))
        .filter(
            kind ->
                t.evaluation(kind)
                    .filter(e -> !e.concluded())
                    .map(Evaluation::answers)
                    .map(answers -> answers.stream().noneMatch(a -> a.participant().equals(me)))
                    .orElse(false));
  }

  private static Task evaluationTask(Trajectory t, String name, EvaluationKind kind) {
    return new Task(
        TaskKind.EVALUATION,
        t.id(),
        t.residentId().value(),
        name,
        null,
        null,
        null,
        null,
        null,
        kind);
  }

  private static Task assignmentTask(Trajectory t, String name, WeekAssignment a) {
    return new Task(
        TaskKind.ASSIGNMENT,
        t.id(),
        t.residentId().value(),
        name,
        a.code(),
        a.week(),
        a.title(),
        a.specialistExpectation(),
        a.progress().state(),
        null);
  }

  /** The page shows these residents' data: the access log says so, once per trajectory. */
  private void logWhoseDataIsShown(List<Task> page) {
    Set<TrajectoryId> logged = new LinkedHashSet<>();
    for (Task task : page) {
      if (logged.add(task.trajectoryId())) {
        accessLog.concerns(new ResidentId(task.residentId()), task.trajectoryId(), null);
      }
    }
  }
}
