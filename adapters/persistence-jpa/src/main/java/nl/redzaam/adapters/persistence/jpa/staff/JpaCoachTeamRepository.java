package nl.redzaam.adapters.persistence.jpa.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;

/** Coach teams in the database. Updates are optimistic, see {@link OptimisticLocking}. */
@ApplicationScoped
public class JpaCoachTeamRepository implements CoachTeamRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaCoachTeamRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaCoachTeamRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<CoachTeam> find(CoachTeamId id) {
    return Optional.ofNullable(em.find(CoachTeamEntity.class, id.value()))
        .map(CoachTeamMapper::toDomain);
  }

  @Override
  public List<CoachTeam> ofMunicipality(MunicipalityId municipality) {
    return em
        .createQuery(
            "SELECT t FROM CoachTeamEntity t WHERE t.municipalityId = :municipality"
                + " ORDER BY t.name, t.id",
            CoachTeamEntity.class)
        .setParameter("municipality", municipality.value())
        .getResultList()
        .stream()
        .map(CoachTeamMapper::toDomain)
        .toList();
  }

  @Override
  public List<CoachTeam> withMember(StaffMemberId member) {
    return em
        .createQuery(
            "SELECT t FROM CoachTeamEntity t JOIN t.members m WHERE m = :member"
                + " ORDER BY t.name, t.id",
            CoachTeamEntity.class)
        .setParameter("member", member.value())
        .getResultList()
        .stream()
        .map(CoachTeamMapper::toDomain)
        .toList();
  }

  @Override
  public void add(CoachTeam team) {
    CoachTeamEntity entity = new CoachTeamEntity();
    CoachTeamMapper.copy(team, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(CoachTeam team) {
    OptimisticLocking.update(
        em,
        CoachTeamEntity.class,
        team.id().value(),
        team.version(),
        e -> e.version,
        e -> CoachTeamMapper.copy(team, e),
        "Coach team " + team.id());
  }

  @Override
  public void remove(CoachTeamId id) {
    CoachTeamEntity entity = em.find(CoachTeamEntity.class, id.value());
    if (entity != null) {
      em.remove(entity);
      em.flush();
    }
  }
}
