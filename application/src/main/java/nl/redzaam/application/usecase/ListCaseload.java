package nl.redzaam.application.usecase;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Note;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Tempo;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach's caseload: every trajectory they coach, with its week and what waits for the coach. */
public final class ListCaseload {

  public record Query(StaffMemberId coach) {
    public Query {
      Objects.requireNonNull(coach, "coach");
    }
  }

  /** One line of the caseload. */
  public record Entry(
      TrajectoryId trajectoryId,
      UUID residentId,
      String residentName,
      TrajectoryType type,
      Stage stage,
      int currentWeek,
      boolean paused,
      Tempo tempo,
      long answersToReview,
      long notesAwaitingReply,
      boolean midEvaluationDue) {}

  private final CurrentUser currentUser;
  private final TrajectoryRepository trajectories;
  private final ResidentRepository residents;
  private final Clock clock;

  public ListCaseload(
      CurrentUser currentUser,
      TrajectoryRepository trajectories,
      ResidentRepository residents,
      Clock clock) {
    this.currentUser = currentUser;
    this.trajectories = trajectories;
    this.residents = residents;
    this.clock = clock;
  }

  public List<Entry> execute(Query query) {
    StaffActor actor = TrajectoryAccess.staff(currentUser.actor(), "see a caseload");
    if (!actor.staffMemberId().equals(query.coach())) {
      throw new AccessDenied("A coach sees their own caseload");
    }
    LocalDate today = clock.today();
    return trajectories.withCoach(query.coach()).stream()
        .filter(t -> t.municipalityId().equals(actor.municipalityId()))
        .filter(t -> t.stage() != Stage.CLOSED)
        .map(t -> entry(t, today))
        .sorted(Comparator.comparing(Entry::residentName))
        .toList();
  }

  private Entry entry(Trajectory t, LocalDate today) {
    String name = residents.find(t.residentId()).map(Resident::fullName).orElse("?");
    return new Entry(
        t.id(),
        t.residentId().value(),
        name,
        t.type(),
        t.stage(),
        t.currentWeek(today),
        t.paused(),
        t.tempo(),
        t.progress().stream().filter(p -> p.state() == ProgressState.SUBMITTED).count(),
        t.notes().stream().filter(Note::awaitsReply).count(),
        t.midEvaluationDue(today));
  }
}
