package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.redzaam.application.port.AccessRecords;
import nl.redzaam.domain.resident.ResidentId;

@ApplicationScoped
public class JpaAccessRecords implements AccessRecords {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  public JpaAccessRecords() {}

  /** For tests outside a container. */
  public JpaAccessRecords(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(AccessRecord r) {
    AccessLogEntity e = new AccessLogEntity();
    e.id = r.id();
    e.at = r.at();
    e.action = r.action();
    e.object = r.object();
    e.residentId = r.residentId();
    e.result = r.result();
    e.origin = r.origin();
    e.actorKind = r.actorKind();
    e.actorId = r.actorId();
    e.onBehalfOf = r.onBehalfOf();
    em.persist(e);
    em.flush();
  }

  @Override
  public List<AccessRecord> shownToResident(ResidentId resident, int limit) {
    return em
        .createQuery(
            "SELECT a FROM AccessLogEntity a WHERE a.residentId = :resident"
                + " AND (a.actorKind IS NULL OR a.actorKind <> 'RESIDENT'"
                + " OR a.action NOT LIKE 'GET %')"
                + " ORDER BY a.at DESC, a.id",
            AccessLogEntity.class)
        .setParameter("resident", resident.value())
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            e ->
                new AccessRecord(
                    e.id,
                    e.at,
                    e.action,
                    e.object,
                    e.residentId,
                    e.result,
                    e.origin,
                    e.actorKind,
                    e.actorId,
                    e.onBehalfOf))
        .toList();
  }
}
