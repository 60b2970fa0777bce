package nl.redzaam.adapters.persistence.jpa.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;

/** Support organisations in the database. Updates are optimistic, see {@link OptimisticLocking}. */
@ApplicationScoped
public class JpaSupportOrganisationRepository implements SupportOrganisationRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaSupportOrganisationRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaSupportOrganisationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<SupportOrganisation> find(SupportOrganisationId id) {
    return Optional.ofNullable(em.find(SupportOrganisationEntity.class, id.value()))
        .map(SupportOrganisationMapper::toDomain);
  }

  @Override
  public List<SupportOrganisation> ofMunicipality(MunicipalityId municipality) {
    return em
        .createQuery(
            "SELECT o FROM SupportOrganisationEntity o WHERE o.municipalityId = :municipality"
                + " ORDER BY o.name, o.id",
            SupportOrganisationEntity.class)
        .setParameter("municipality", municipality.value())
        .getResultList()
        .stream()
        .map(SupportOrganisationMapper::toDomain)
        .toList();
  }

  @Override
  public void add(SupportOrganisation organisation) {
    SupportOrganisationEntity entity = new SupportOrganisationEntity();
    SupportOrganisationMapper.copy(organisation, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(SupportOrganisation organisation) {
    OptimisticLocking.update(
        em,
        SupportOrganisationEntity.class,
        organisation.id().value(),
        organisation.version(),
        e -> e.version,
        e -> SupportOrganisationMapper.copy(organisation, e),
        "Support organisation " + organisation.id());
  }
}
