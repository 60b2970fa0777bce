package nl.redzaam.adapters.persistence.jpa.courtadvice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.CourtAdviceRepository;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The advice to the court in the database. Updates are optimistic, see {@link OptimisticLocking}.
 */
@ApplicationScoped
public class JpaCourtAdviceRepository implements CourtAdviceRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaCourtAdviceRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaCourtAdviceRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<CourtAdvice> find(TrajectoryId trajectory) {
    return Optional.ofNullable(em.find(CourtAdviceEntity.class, trajectory.value()))
        .map(
            e ->
                new CourtAdvice(
                    new TrajectoryId(e.trajectoryId),
                    e.recommendation,
                    e.reasons,
                    new StaffMemberId(e.writtenBy),
                    e.writtenOn,
                    e.finalisedOn,
                    e.version));
  }

  @Override
  public void add(CourtAdvice advice) {
    CourtAdviceEntity entity = new CourtAdviceEntity();
    entity.trajectoryId = advice.trajectoryId().value();
    copy(advice, entity);
    try {
      em.persist(entity);
      em.flush();
    } catch (PersistenceException e) {
      // Two first drafts at once: the primary key lets only one of them in.
      throw new ConcurrentUpdateException(
          "The advice to the court of trajectory "
              + advice.trajectoryId()
              + " was written at the same time",
          e);
    }
  }

  @Override
  public void update(CourtAdvice advice) {
    OptimisticLocking.update(
        em,
        CourtAdviceEntity.class,
        advice.trajectoryId().value(),
        advice.version(),
        e -> e.version,
        e -> copy(advice, e),
        "Advice to the court of trajectory " + advice.trajectoryId());
  }

  private static void copy(CourtAdvice advice, CourtAdviceEntity entity) {
    entity.recommendation = advice.recommendation();
    entity.reasons = advice.reasons();
    entity.writtenBy = advice.writtenBy().value();
    entity.writtenOn = advice.writtenOn();
    entity.finalisedOn = advice.finalisedOn().orElse(null);
  }
}
