package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountTokenRepository;

@ApplicationScoped
public class JpaAccountTokenRepository implements AccountTokenRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  public JpaAccountTokenRepository() {}

  /** For tests outside a container. */
  public JpaAccountTokenRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(AccountToken token) {
    AccountTokenEntity e = new AccountTokenEntity();
    e.tokenHash = token.tokenHash();
    e.purpose = token.purpose().name();
    e.personId = token.personId();
    e.kind = token.kind().name();
    e.email = token.email();
    e.createdAt = token.createdAt();
    e.expiresAt = token.expiresAt();
    em.persist(e);
    em.flush();
  }

  @Override
  public Optional<AccountToken> findUnused(String tokenHash) {
    return Optional.ofNullable(em.find(AccountTokenEntity.class, tokenHash))
        .filter(e -> e.usedAt == null)
        .map(
            e ->
                new AccountToken(
                    e.tokenHash,
                    Purpose.valueOf(e.purpose),
                    e.personId,
                    Account.Kind.valueOf(e.kind),
                    e.email,
                    e.createdAt,
                    e.expiresAt));
  }

  @Override
  public boolean markUsed(String tokenHash, Instant usedAt) {
    // One conditional update: of two requests racing with the same token, only one changes a row.
    int changed =
        em.createQuery(
                "UPDATE AccountTokenEntity t SET t.usedAt = :at"
                    + " WHERE t.tokenHash = :hash AND t.usedAt IS NULL")
            .setParameter("at", usedAt)
            .setParameter("hash", tokenHash)
            .executeUpdate();
    return changed == 1;
  }

  @Override
  public Optional<Instant> lastIssued(UUID personId, Purpose purpose) {
    return em.createQuery(
            "SELECT t.createdAt FROM AccountTokenEntity t"
                + " WHERE t.personId = :person AND t.purpose = :purpose ORDER BY t.createdAt DESC",
            Instant.class)
        .setParameter("person", personId)
        .setParameter("purpose", purpose.name())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void invalidateAllOf(UUID personId, Purpose purpose, Instant at) {
    em.createQuery(
            "UPDATE AccountTokenEntity t SET t.usedAt = :at"
                + " WHERE t.personId = :person AND t.purpose = :purpose AND t.usedAt IS NULL")
        .setParameter("at", at)
        .setParameter("person", personId)
        .setParameter("purpose", purpose.name())
        .executeUpdate();
  }
}
