package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Actor.SupportWorkerActor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A support worker's list: the trajectories whose residents currently grant the worker's
 * organisation access, most recently granted first. Grants are read on every request, so a revoked
 * trajectory disappears from the very next list. Reading one goes through {@link TrajectoryAccess}
 * like everyone else's (read-only for support workers).
 */
public final class ListGrantedTrajectories {

  public record Query(PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
    }
  }

  /** One line of the list. */
  public record Entry(
      TrajectoryId trajectoryId,
      String residentName,
      TrajectoryType type,
      Stage stage,
      int currentWeek,
      Instant grantedAt) {}

  private record Granted(SupportGrant grant, Trajectory trajectory) {}

  private final CurrentUser currentUser;
  private final SupportGrantRepository grants;
  private final TrajectoryRepository trajectories;
  private final ResidentRepository residents;
  private final AccessLog accessLog;
  private final Clock clock;

  @Inject
  public ListGrantedTrajectories(
      CurrentUser currentUser,
      SupportGrantRepository grants,
      TrajectoryRepository trajectories,
      ResidentRepository residents,
      AccessLog accessLog,
      Clock clock) {
    this.currentUser = currentUser;
    this.grants = grants;
    this.trajectories = trajectories;
    this.residents = residents;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  public ResultPage<Entry> execute(Query query) {
    Actor actor = currentUser.actor();
    if (!(actor instanceof SupportWorkerActor worker)) {
      throw new AccessDenied("Only a support organisation's worker has granted trajectories");
    }
    LocalDate today = clock.today();
    return query
        .page()
        .of(
            grants.activeOfOrganisation(worker.organisationId()).stream()
                .filter(SupportGrant::active)
                .flatMap(g -> granted(g, worker).stream())
                .sorted(
                    Comparator.comparing((Granted g) -> g.grant().grantedAt())
                        .reversed()
                        .thenComparing(g -> g.trajectory().id().value()))
                .toList())
        .map(g -> entry(g, worker, today));
  }

  private Optional<Granted> granted(SupportGrant grant, SupportWorkerActor worker) {
    return trajectories
        .find(grant.trajectoryId())
        .filter(t -> t.municipalityId().equals(worker.municipalityId()))
        .map(t -> new Granted(grant, t));
  }

  private Entry entry(Granted granted, SupportWorkerActor worker, LocalDate today) {
    Trajectory t = granted.trajectory();
    // The worker sees the resident's name: that is a read of the resident's data.
    accessLog.concerns(t.residentId(), t.id(), "support-organisation:" + worker.organisationId());
    return new Entry(
        t.id(),
        residents.find(t.residentId()).map(Resident::fullName).orElse("?"),
        t.type(),
        t.stage(),
        t.currentWeek(today),
        granted.grant().grantedAt());
  }
}
