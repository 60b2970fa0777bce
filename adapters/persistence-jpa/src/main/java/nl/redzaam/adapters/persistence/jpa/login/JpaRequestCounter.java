package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import nl.redzaam.application.port.RequestCounter;

/**
 * Request counts in table {@code request_count} (migration V14). The row is created with {@code ON
 * CONFLICT DO NOTHING} and counted with one {@code UPDATE}, so two nodes counting the same key at
 * the same moment both count, and neither fails. A count commits on its own: a refused or failing
 * request still counts.
 */
@ApplicationScoped
public class JpaRequestCounter implements RequestCounter {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  public JpaRequestCounter() {}

  /** For tests outside a container. */
  public JpaRequestCounter(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public int countOneMore(String key, Instant windowStart) {
    long start = windowStart.toEpochMilli();
    em.createNativeQuery(
            "INSERT INTO request_count (rate_key, window_start, requests) VALUES (?, ?, 0)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, key)
        .setParameter(2, start)
        .executeUpdate();
    em.createNativeQuery("UPDATE request_count SET requests = requests + 1 WHERE rate_key = ?")
        .setParameter(1, key)
        .executeUpdate();
    // Windows end; a day later nobody asks for them any more.
    em.createNativeQuery("DELETE FROM request_count WHERE window_start < ?")
        .setParameter(1, start - 86_400_000L)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("SELECT requests FROM request_count WHERE rate_key = ?")
                .setParameter(1, key)
                .getSingleResult())
        .intValue();
  }
}
