package nl.redzaam.application.trajectory;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Actor.ResidentActor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The one way a use case changes a trajectory: load it with the access check (which writes the
 * access log), run the change, store it, and publish what happened in the same transaction. A use
 * case only says what the change is, so none can forget to store or to publish.
 */
public final class TrajectoryChanges {

  /** A change that answers something, such as the id of what it added. */
  @FunctionalInterface
  public interface Change<R> {
    R apply(Trajectory trajectory, Acting acting);
  }

  /** A change that answers nothing. */
  @FunctionalInterface
  public interface Action {
    void apply(Trajectory trajectory, Acting acting);
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final CatalogueRepository catalogues;
  private final Clock clock;
  private final Notifications notifications;

  @Inject
  public TrajectoryChanges(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.catalogues = catalogues;
    this.clock = clock;
    this.notifications = notifications;
  }

  public void change(TrajectoryId id, TrajectoryPermission permission, Action action) {
    changeReturning(
        id,
        permission,
        (trajectory, acting) -> {
          action.apply(trajectory, acting);
          return null;
        });
  }

  public <R> R changeReturning(TrajectoryId id, TrajectoryPermission permission, Change<R> change) {
    Acting acting = load(id, permission);
    R result = change.apply(acting.trajectory, acting);
    trajectories.update(acting.trajectory);
    publish(acting);
    return result;
  }

  /**
   * For changes that two people may make at the same time (the conclusion of an evaluation): the
   * change goes ahead only while the trajectory is still at the version the caller read, so
   * nobody's work is silently overwritten; a writer who got in between is refused the same way.
   *
   * @return the version the trajectory is stored at now
   * @throws StaleVersion when the trajectory changed since {@code expectedVersion}
   */
  public long changeAt(
      long expectedVersion, TrajectoryId id, TrajectoryPermission permission, Action action) {
    Acting acting = load(id, permission);
    Trajectory trajectory = acting.trajectory;
    StaleVersion.require(expectedVersion, trajectory.version(), "The trajectory");
    action.apply(trajectory, acting);
    try {
      trajectories.update(trajectory);
    } catch (ConcurrentUpdateException e) {
      throw new StaleVersion("Someone changed the trajectory while this change was stored", e);
    }
    publish(acting);
    return trajectory.version() + 1;
  }

  private Acting load(TrajectoryId id, TrajectoryPermission permission) {
    Actor actor = currentUser.actor();
    return new Acting(actor, access.require(actor, permission, id), clock.now());
  }

  private void publish(Acting acting) {
    List<DomainEvent> events = new ArrayList<>(acting.trajectory.releaseEvents());
    events.addAll(acting.alsoPublished);
    if (!events.isEmpty()) {
      notifications.happened(events);
    }
  }

  /** Who changes the trajectory and when, with what the change may need to know. */
  public final class Acting {
    private final Actor actor;
    private final Trajectory trajectory;
    private final Instant now;
    private final List<DomainEvent> alsoPublished = new ArrayList<>();
    private Catalogue catalogue;

    private Acting(Actor actor, Trajectory trajectory, Instant now) {
      this.actor = actor;
      this.trajectory = trajectory;
      this.now = now;
    }

    public Actor actor() {
      return actor;
    }

    public Instant now() {
      return now;
    }

    public LocalDate today() {
      return LocalDate.ofInstant(now, Trajectory.ZONE);
    }

    /** The staff member who acts; anyone else may not take this action. */
    public StaffMemberId staff(String action) {
      return TrajectoryAccess.staff(actor, action).staffMemberId();
    }

    /** The resident who acts; anyone else may not take this action. */
    public ResidentActor resident(String action) {
      return TrajectoryAccess.resident(actor, action);
    }

    /** How the actor relates to the trajectory (coach, stand-in, specialist, ...). */
    public Set<Relation> relations() {
      return access.relations(actor, trajectory);
    }

    /** The catalogue version the trajectory started on. */
    public Catalogue catalogue() {
      if (catalogue == null) {
        catalogue = CatalogueOf.trajectory(catalogues, trajectory);
      }
      return catalogue;
    }

    /** An event of another aggregate, published after the trajectory's own. */
    public void alsoPublish(DomainEvent event) {
      alsoPublished.add(event);
    }
  }
}
