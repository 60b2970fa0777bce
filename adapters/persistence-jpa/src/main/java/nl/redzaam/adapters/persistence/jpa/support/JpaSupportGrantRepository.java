package nl.redzaam.adapters.persistence.jpa.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Residents' access grants in the database. Updates are optimistic, see {@link OptimisticLocking}.
 */
@ApplicationScoped
public class JpaSupportGrantRepository implements SupportGrantRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaSupportGrantRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaSupportGrantRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<SupportGrant> find(SupportGrantId id) {
    return Optional.ofNullable(em.find(SupportGrantEntity.class, id.value()))
        .map(SupportGrantMapper::toDomain);
  }

  @Override
  public List<SupportGrant> ofTrajectory(TrajectoryId trajectory) {
    return em
        .createQuery(
            "SELECT g FROM SupportGrantEntity g WHERE g.trajectoryId = :trajectory"
                + " ORDER BY g.grantedAt, g.id",
            SupportGrantEntity.class)
        .setParameter("trajectory", trajectory.value())
        .getResultList()
        .stream()
        .map(SupportGrantMapper::toDomain)
        .toList();
  }

  @Override
  public List<SupportGrant> activeOfOrganisation(SupportOrganisationId organisation) {
    return em
        .createQuery(
            "SELECT g FROM SupportGrantEntity g WHERE g.organisationId = :organisation"
                + " AND g.revokedAt IS NULL ORDER BY g.grantedAt, g.id",
            SupportGrantEntity.class)
        .setParameter("organisation", organisation.value())
        .getResultList()
        .stream()
        .map(SupportGrantMapper::toDomain)
        .toList();
  }

  @Override
  public void add(SupportGrant grant) {
    SupportGrantEntity entity = new SupportGrantEntity();
    SupportGrantMapper.copy(grant, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(SupportGrant grant) {
    OptimisticLocking.update(
        em,
        SupportGrantEntity.class,
        grant.id().value(),
        grant.version(),
        e -> e.version,
        e -> SupportGrantMapper.copy(grant, e),
        "Support grant " + grant.id());
  }
}
