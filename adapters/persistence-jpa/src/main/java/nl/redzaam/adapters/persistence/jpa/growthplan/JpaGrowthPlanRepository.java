package nl.redzaam.adapters.persistence.jpa.growthplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.GrowthPlanRepository;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Growth plans in the database. Updates are optimistic, see {@link OptimisticLocking}. */
@ApplicationScoped
public class JpaGrowthPlanRepository implements GrowthPlanRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaGrowthPlanRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaGrowthPlanRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<GrowthPlan> find(TrajectoryId trajectory) {
    return Optional.ofNullable(em.find(GrowthPlanEntity.class, trajectory.value()))
        .map(GrowthPlanMapper::toDomain);
  }

  @Override
  public void add(GrowthPlan plan) {
    GrowthPlanEntity entity = new GrowthPlanEntity();
    GrowthPlanMapper.copy(plan, entity);
    try {
      em.persist(entity);
      em.flush();
    } catch (PersistenceException e) {
      // Two first changes at once: the primary key lets only one of them in.
      throw new ConcurrentUpdateException(
          "The growth plan of trajectory " + plan.trajectoryId() + " was created at the same time",
          e);
    }
  }

  @Override
  public void update(GrowthPlan plan) {
    OptimisticLocking.update(
        em,
        GrowthPlanEntity.class,
        plan.trajectoryId().value(),
        plan.version(),
        e -> e.version,
        e -> GrowthPlanMapper.copy(plan, e),
        "Growth plan of trajectory " + plan.trajectoryId());
  }
}
