package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import nl.redzaam.application.port.IdentityProviderLoginRepository;

/**
 * Logins through an identity provider. Taking one deletes its row and counts the rows deleted: when
 * two requests race for the same state or ticket, the second waits for the first's delete and finds
 * nothing left.
 */
@ApplicationScoped
public class JpaIdentityProviderLoginRepository implements IdentityProviderLoginRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  public JpaIdentityProviderLoginRepository() {}

  /** For tests outside a container. */
  public JpaIdentityProviderLoginRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void addPending(PendingLogin login, Instant now) {
    em.createQuery("DELETE FROM IdentityProviderLoginEntity l WHERE l.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
    em.createQuery("DELETE FROM IdentityProviderHandoverEntity h WHERE h.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
    IdentityProviderLoginEntity e = new IdentityProviderLoginEntity();
    e.stateHash = login.stateHash();
    e.browserHash = login.browserHash();
    e.municipalityId = login.municipalityId();
    e.nonce = login.nonce();
    e.codeVerifier = login.codeVerifier();
    e.expiresAt = login.expiresAt();
    em.persist(e);
    em.flush();
  }

  @Override
  public Optional<PendingLogin> takePending(String stateHash) {
    Optional<PendingLogin> found =
        Optional.ofNullable(em.find(IdentityProviderLoginEntity.class, stateHash))
            .map(
                e ->
                    new PendingLogin(
                        e.stateHash,
                        e.browserHash,
                        e.municipalityId,
                        e.nonce,
                        e.codeVerifier,
                        e.expiresAt));
    return found.filter(
        f ->
            deleted("DELETE FROM IdentityProviderLoginEntity l WHERE l.stateHash = :h", stateHash));
  }

  @Override
  public void addHandover(Handover handover) {
    IdentityProviderHandoverEntity e = new IdentityProviderHandoverEntity();
    e.ticketHash = handover.ticketHash();
    e.personId = handover.personId();
    e.expiresAt = handover.expiresAt();
    em.persist(e);
    em.flush();
  }

  @Override
  public Optional<Handover> takeHandover(String ticketHash) {
    Optional<Handover> found =
        Optional.ofNullable(em.find(IdentityProviderHandoverEntity.class, ticketHash))
            .map(e -> new Handover(e.ticketHash, e.personId, e.expiresAt));
    return found.filter(
        f ->
            deleted(
                "DELETE FROM IdentityProviderHandoverEntity h WHERE h.ticketHash = :h",
                ticketHash));
  }

  private boolean deleted(String delete, String hash) {
    return em.createQuery(delete).setParameter("h", hash).executeUpdate() == 1;
  }
}
