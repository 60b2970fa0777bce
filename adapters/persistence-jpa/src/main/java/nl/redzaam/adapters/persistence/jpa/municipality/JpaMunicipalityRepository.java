package nl.redzaam.adapters.persistence.jpa.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;

/** Municipalities in the database. Updates are optimistic, see {@link OptimisticLocking}. */
@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaMunicipalityRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaMunicipalityRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Municipality> find(MunicipalityId id) {
    return Optional.ofNullable(em.find(MunicipalityEntity.class, id.value()))
        .map(MunicipalityMapper::toDomain);
  }

  @Override
  public List<Municipality> all() {
    return em
        .createQuery(
            "SELECT m FROM MunicipalityEntity m ORDER BY m.name, m.id", MunicipalityEntity.class)
        .getResultList()
        .stream()
        .map(MunicipalityMapper::toDomain)
        .toList();
  }

  @Override
  public void add(Municipality municipality) {
    MunicipalityEntity entity = new MunicipalityEntity();
    MunicipalityMapper.copy(municipality, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(Municipality municipality) {
    OptimisticLocking.update(
        em,
        MunicipalityEntity.class,
        municipality.id().value(),
        municipality.version(),
        e -> e.version,
        e -> MunicipalityMapper.copy(municipality, e),
        "Municipality " + municipality.id());
  }
}
