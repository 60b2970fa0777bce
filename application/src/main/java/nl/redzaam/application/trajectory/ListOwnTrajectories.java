package nl.redzaam.application.trajectory;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Actor.ResidentActor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The logged-in resident's own trajectories, newest first: how the residents' app finds the
 * trajectory to show after login (the invitation names none). A resident has at most one that is
 * not closed, so the list stays short.
 */
public final class ListOwnTrajectories {

  /** One of the resident's trajectories. */
  public record Entry(
      TrajectoryId trajectoryId,
      TrajectoryType type,
      Stage stage,
      int currentWeek,
      Instant startedAt) {}

  private final CurrentUser currentUser;
  private final TrajectoryRepository trajectories;
  private final AccessLog accessLog;
  private final Clock clock;

  @Inject
  public ListOwnTrajectories(
      CurrentUser currentUser,
      TrajectoryRepository trajectories,
      AccessLog accessLog,
      Clock clock) {
    this.currentUser = currentUser;
    this.trajectories = trajectories;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  public List<Entry> execute() {
    Actor actor = currentUser.actor();
    if (!(actor instanceof ResidentActor resident)) {
      throw new AccessDenied("Only a resident has trajectories of their own");
    }
    LocalDate today = clock.today();
    return trajectories.ofResident(resident.residentId()).stream()
        .filter(t -> t.municipalityId().equals(resident.municipalityId()))
        .sorted(Comparator.comparing((Trajectory t) -> t.snapshot().startedAt()).reversed())
        .map(
            t -> {
              // Reading one's own data is a read of a resident's data like any other.
              accessLog.concerns(t.residentId(), t.id(), null);
              return new Entry(
                  t.id(), t.type(), t.stage(), t.currentWeek(today), t.snapshot().startedAt());
            })
        .toList();
  }
}
