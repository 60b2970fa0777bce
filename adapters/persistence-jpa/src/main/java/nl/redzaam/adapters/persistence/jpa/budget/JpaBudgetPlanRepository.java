package nl.redzaam.adapters.persistence.jpa.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.BudgetPlanRepository;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Budget plans in the database. Updates are optimistic, see {@link OptimisticLocking}. */
@ApplicationScoped
public class JpaBudgetPlanRepository implements BudgetPlanRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaBudgetPlanRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaBudgetPlanRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<BudgetPlan> find(TrajectoryId trajectory) {
    return Optional.ofNullable(em.find(BudgetPlanEntity.class, trajectory.value()))
        .map(BudgetPlanMapper::toDomain);
  }

  @Override
  public void add(BudgetPlan plan) {
    BudgetPlanEntity entity = new BudgetPlanEntity();
    BudgetPlanMapper.copy(plan, entity);
    try {
      em.persist(entity);
      em.flush();
    } catch (PersistenceException e) {
      // Two first saves at once: the primary key lets only one of them in.
      throw new ConcurrentUpdateException(
          "The budget plan of trajectory " + plan.trajectoryId() + " was created at the same time",
          e);
    }
  }

  @Override
  public void update(BudgetPlan plan) {
    OptimisticLocking.update(
        em,
        BudgetPlanEntity.class,
        plan.trajectoryId().value(),
        plan.version(),
        e -> e.version,
        e -> BudgetPlanMapper.copy(plan, e),
        "Budget plan of trajectory " + plan.trajectoryId());
  }
}
