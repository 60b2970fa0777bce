package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;

/**
 * Trajectories in the database, stored through their {@link TrajectorySnapshot}. Updates are
 * optimistic, see {@link OptimisticLocking}: the trajectory's version increases with every change
 * to any of its parts. Lists of trajectories load their parts batch by batch (one query per kind of
 * part), not trajectory by trajectory.
 */
@ApplicationScoped
public class JpaTrajectoryRepository implements TrajectoryRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaTrajectoryRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaTrajectoryRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Trajectory> find(TrajectoryId id) {
    return Optional.ofNullable(em.find(TrajectoryEntity.class, id.value()))
        .map(JpaTrajectoryRepository::toDomain);
  }

  @Override
  public void add(Trajectory trajectory) {
    TrajectoryEntity entity = new TrajectoryEntity();
    TrajectoryMapper.copy(trajectory.snapshot(), entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(Trajectory trajectory) {
    TrajectorySnapshot snapshot = trajectory.snapshot();
    OptimisticLocking.update(
        em,
        TrajectoryEntity.class,
        snapshot.id().value(),
        snapshot.version(),
        e -> e.version,
        e -> TrajectoryMapper.copy(snapshot, e),
        "Trajectory " + snapshot.id());
  }

  @Override
  public List<Trajectory> withCoach(StaffMemberId coach) {
    return em
        .createQuery(
            "SELECT t FROM TrajectoryEntity t JOIN t.coaches c WHERE c = :coach"
                + " ORDER BY t.startedAt DESC, t.id",
            TrajectoryEntity.class)
        .setParameter("coach", coach.value())
        .getResultList()
        .stream()
        .map(JpaTrajectoryRepository::toDomain)
        .toList();
  }

  @Override
  public List<Trajectory> findAll(Set<TrajectoryId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT t FROM TrajectoryEntity t WHERE t.id IN :ids ORDER BY t.id",
            TrajectoryEntity.class)
        .setParameter("ids", ids.stream().map(TrajectoryId::value).toList())
        .getResultList()
        .stream()
        .map(JpaTrajectoryRepository::toDomain)
        .toList();
  }

  @Override
  public List<Trajectory> withSpecialist(StaffMemberId specialist) {
    return em
        .createQuery(
            "SELECT t FROM TrajectoryEntity t JOIN t.specialists s WHERE s = :specialist"
                + " ORDER BY t.startedAt DESC, t.id",
            TrajectoryEntity.class)
        .setParameter("specialist", specialist.value())
        .getResultList()
        .stream()
        .map(JpaTrajectoryRepository::toDomain)
        .toList();
  }

  @Override
  public List<Trajectory> running() {
    return em
        .createQuery(
            "SELECT t FROM TrajectoryEntity t WHERE t.stage <> :closed ORDER BY t.startedAt, t.id",
            TrajectoryEntity.class)
        .setParameter("closed", Stage.CLOSED)
        .getResultList()
        .stream()
        .map(JpaTrajectoryRepository::toDomain)
        .toList();
  }

  @Override
  public List<Trajectory> ofResident(ResidentId resident) {
    return em
        .createQuery(
            "SELECT t FROM TrajectoryEntity t WHERE t.residentId = :resident"
                + " ORDER BY t.startedAt DESC, t.id",
            TrajectoryEntity.class)
        .setParameter("resident", resident.value())
        .getResultList()
        .stream()
        .map(JpaTrajectoryRepository::toDomain)
        .toList();
  }

  private static Trajectory toDomain(TrajectoryEntity entity) {
    return Trajectory.restore(TrajectoryMapper.toSnapshot(entity));
  }
}
