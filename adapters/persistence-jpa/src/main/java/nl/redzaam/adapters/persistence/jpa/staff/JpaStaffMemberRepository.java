package nl.redzaam.adapters.persistence.jpa.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.redzaam.adapters.persistence.jpa.OptimisticLocking;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;

/** Staff members in the database. Updates are optimistic, see {@link OptimisticLocking}. */
@ApplicationScoped
public class JpaStaffMemberRepository implements StaffMemberRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaStaffMemberRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaStaffMemberRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<StaffMember> find(StaffMemberId id) {
    return Optional.ofNullable(em.find(StaffMemberEntity.class, id.value()))
        .map(StaffMemberMapper::toDomain);
  }

  @Override
  public Optional<StaffMember> findByEmail(EmailAddress email) {
    return em.createQuery(
            "SELECT s FROM StaffMemberEntity s WHERE s.email = :email", StaffMemberEntity.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst()
        .map(StaffMemberMapper::toDomain);
  }

  @Override
  public List<StaffMember> ofMunicipality(MunicipalityId municipality) {
    return em
        .createQuery(
            "SELECT s FROM StaffMemberEntity s WHERE s.municipalityId = :municipality"
                + " ORDER BY s.name, s.id",
            StaffMemberEntity.class)
        .setParameter("municipality", municipality.value())
        .getResultList()
        .stream()
        .map(StaffMemberMapper::toDomain)
        .toList();
  }

  @Override
  public void add(StaffMember staffMember) {
    StaffMemberEntity entity = new StaffMemberEntity();
    StaffMemberMapper.copy(staffMember, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(StaffMember staffMember) {
    OptimisticLocking.update(
        em,
        StaffMemberEntity.class,
        staffMember.id().value(),
        staffMember.version(),
        e -> e.version,
        e -> StaffMemberMapper.copy(staffMember, e),
        "Staff member " + staffMember.id());
  }
}
