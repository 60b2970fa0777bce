package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A native statement built in order, its positional parameters numbered as they come. For the
 * queries that aggregate or filter in the database rather than load aggregates (the caseload, the
 * municipality's figures).
 */
public final class NativeSql {
  private final StringBuilder text = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  public NativeSql append(String part) {
    text.append(part);
    return this;
  }

  public NativeSql param(Object value) {
    text.append(placeholder(value));
    return this;
  }

  /** The placeholder of a new parameter, for parts built apart from this statement. */
  public String placeholder(Object value) {
    parameters.add(value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : value);
    return "?" + parameters.size();
  }

  /** The rows, each as an array, also when the statement selects one column. */
  public List<Object[]> rows(EntityManager em) {
    Query query = em.createNativeQuery(text.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
    }
    return rows;
  }
}
