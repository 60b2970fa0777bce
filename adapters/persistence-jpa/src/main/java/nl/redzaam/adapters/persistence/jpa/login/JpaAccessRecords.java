package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    e.municipalityId = r.municipalityId();
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
        .map(JpaAccessRecords::toRecord)
        .toList();
  }

  @Override
  public List<AccessRecord> search(Search search, int offset, int limit) {
    return searching("SELECT a", search, " ORDER BY a.at DESC, a.id", AccessLogEntity.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(JpaAccessRecords::toRecord)
        .toList();
  }

  @Override
  public long count(Search search) {
    return searching("SELECT COUNT(a)", search, "", Long.class).getSingleResult();
  }

  /** The query of a search, with only the conditions it asks for. */
  private <T> TypedQuery<T> searching(String select, Search search, String order, Class<T> type) {
    StringBuilder where = new StringBuilder(" WHERE a.municipalityId = :municipality");
    Map<String, Object> values = new HashMap<>();
    values.put("municipality", search.municipalityId());
    if (search.residentId() != null) {
      where.append(" AND a.residentId = :resident");
      values.put("resident", search.residentId());
    }
    if (search.actorId() != null) {
      where.append(" AND a.actorId = :actor");
      values.put("actor", search.actorId());
    }
    if (search.from() != null) {
      where.append(" AND a.at >= :from");
      values.put("from", search.from());
    }
    if (search.until() != null) {
      where.append(" AND a.at < :until");
      values.put("until", search.until());
    }
    TypedQuery<T> query = em.createQuery(select + " FROM AccessLogEntity a" + where + order, type);
    values.forEach(query::setParameter);
    return query;
  }

  private static AccessRecord toRecord(AccessLogEntity e) {
    return new AccessRecord(
        e.id,
        e.at,
        e.action,
        e.object,
        e.residentId,
        e.result,
        e.origin,
        e.actorKind,
        e.actorId,
        e.onBehalfOf,
        e.municipalityId);
  }
}
