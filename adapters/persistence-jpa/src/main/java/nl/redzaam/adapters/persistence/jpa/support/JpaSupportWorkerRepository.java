package nl.redzaam.adapters.persistence.jpa.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;

/** Support workers in the database. Updates are optimistic, see {@link OptimisticLocking}. */
@ApplicationScoped
public class JpaSupportWorkerRepository implements SupportWorkerRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaSupportWorkerRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaSupportWorkerRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<SupportWorker> find(SupportWorkerId id) {
    return Optional.ofNullable(em.find(SupportWorkerEntity.class, id.value()))
        .map(SupportWorkerMapper::toDomain);
  }

  @Override
  public Optional<SupportWorker> findByEmail(EmailAddress email) {
    return em.createQuery(
            "SELECT w FROM SupportWorkerEntity w WHERE w.email = :email", SupportWorkerEntity.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst()
        .map(SupportWorkerMapper::toDomain);
  }

  @Override
  public List<SupportWorker> ofOrganisation(SupportOrganisationId organisation) {
    return em
        .createQuery(
            "SELECT w FROM SupportWorkerEntity w WHERE w.organisationId = :organisation"
                + " ORDER BY w.name, w.id",
            SupportWorkerEntity.class)
        .setParameter("organisation", organisation.value())
        .getResultList()
        .stream()
        .map(SupportWorkerMapper::toDomain)
        .toList();
  }

  @Override
  public void add(SupportWorker worker) {
    SupportWorkerEntity entity = new SupportWorkerEntity();
    SupportWorkerMapper.copy(worker, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(SupportWorker worker) {
    OptimisticLocking.update(
        em,
        SupportWorkerEntity.class,
        worker.id().value(),
        worker.version(),
        e -> e.version,
        e -> SupportWorkerMapper.copy(worker, e),
        "Support worker " + worker.id());
  }
}
