package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.port.SessionRepository;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  public JpaSessionRepository() {}

  /** For tests outside a container. */
  public JpaSessionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(Session session) {
    LoginSessionEntity e = new LoginSessionEntity();
    e.tokenHash = session.tokenHash();
    e.personId = session.personId();
    e.createdAt = session.createdAt();
    e.lastUsedAt = session.lastUsedAt();
    e.expiresAt = session.expiresAt();
    em.persist(e);
    em.flush();
  }

  @Override
  public Optional<Session> find(String tokenHash) {
    return Optional.ofNullable(em.find(LoginSessionEntity.class, tokenHash))
        .map(e -> new Session(e.tokenHash, e.personId, e.createdAt, e.lastUsedAt, e.expiresAt));
  }

  @Override
  public void touch(String tokenHash, Instant lastUsedAt) {
    em.createQuery("UPDATE LoginSessionEntity s SET s.lastUsedAt = :at WHERE s.tokenHash = :hash")
        .setParameter("at", lastUsedAt)
        .setParameter("hash", tokenHash)
        .executeUpdate();
  }

  @Override
  public void remove(String tokenHash) {
    em.createQuery("DELETE FROM LoginSessionEntity s WHERE s.tokenHash = :hash")
        .setParameter("hash", tokenHash)
        .executeUpdate();
  }

  @Override
  public void removeAllOf(UUID personId) {
    em.createQuery("DELETE FROM LoginSessionEntity s WHERE s.personId = :person")
        .setParameter("person", personId)
        .executeUpdate();
  }
}
