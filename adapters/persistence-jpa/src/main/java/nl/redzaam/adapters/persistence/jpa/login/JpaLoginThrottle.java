package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.redzaam.application.port.LoginThrottle;

@ApplicationScoped
public class JpaLoginThrottle implements LoginThrottle {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  public JpaLoginThrottle() {}

  /** For tests outside a container. */
  public JpaLoginThrottle(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<FailedLogins> find(String email) {
    return Optional.ofNullable(em.find(LoginThrottleEntity.class, email))
        .map(e -> new FailedLogins(e.email, e.failures, e.lastFailureAt, e.lockedUntil));
  }

  @Override
  public void save(FailedLogins failedLogins) {
    LoginThrottleEntity e = em.find(LoginThrottleEntity.class, failedLogins.email());
    boolean isNew = e == null;
    if (isNew) {
      e = new LoginThrottleEntity();
      e.email = failedLogins.email();
    }
    e.failures = failedLogins.failures();
    e.lastFailureAt = failedLogins.lastFailureAt();
    e.lockedUntil = failedLogins.lockedUntil();
    if (isNew) {
      em.persist(e);
    }
    em.flush();
  }

  @Override
  public void clear(String email) {
    em.createQuery("DELETE FROM LoginThrottleEntity t WHERE t.email = :email")
        .setParameter("email", email)
        .executeUpdate();
  }
}
