package nl.redzaam.adapters.persistence.jpa.resident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;

/** Residents in the database. Updates are optimistic, see {@link OptimisticLocking}. */
@ApplicationScoped
public class JpaResidentRepository implements ResidentRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaResidentRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaResidentRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Resident> find(ResidentId id) {
    return Optional.ofNullable(em.find(ResidentEntity.class, id.value()))
        .map(ResidentMapper::toDomain);
  }

  @Override
  public Optional<Resident> findByEmail(EmailAddress email) {
    return em.createQuery(
            "SELECT r FROM ResidentEntity r WHERE r.email = :email", ResidentEntity.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst()
        .map(ResidentMapper::toDomain);
  }

  @Override
  public void add(Resident resident) {
    ResidentEntity entity = new ResidentEntity();
    ResidentMapper.copy(resident, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(Resident resident) {
    OptimisticLocking.update(
        em,
        ResidentEntity.class,
        resident.id().value(),
        resident.version(),
        e -> e.version,
        e -> ResidentMapper.copy(resident, e),
        "Resident " + resident.id());
  }
}
