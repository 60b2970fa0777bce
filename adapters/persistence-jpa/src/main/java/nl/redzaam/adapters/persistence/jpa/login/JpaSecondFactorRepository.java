package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.port.SecondFactorRepository;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  public JpaSecondFactorRepository() {}

  /** For tests outside a container. */
  public JpaSecondFactorRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Authenticator> find(UUID personId) {
    return Optional.ofNullable(em.find(SecondFactorEntity.class, personId))
        .map(
            e ->
                new Authenticator(
                    e.personId, e.secret, e.createdAt, e.confirmedAt, e.lastUsedStep));
  }

  @Override
  public void replace(Authenticator authenticator) {
    remove(authenticator.personId());
    SecondFactorEntity e = new SecondFactorEntity();
    e.personId = authenticator.personId();
    e.secret = authenticator.secret();
    e.createdAt = authenticator.createdAt();
    e.confirmedAt = authenticator.confirmedAt();
    e.lastUsedStep = authenticator.lastUsedStep();
    em.persist(e);
    em.flush();
  }

  @Override
  public void confirm(UUID personId, Instant at, List<String> recoveryCodeHashes) {
    em.createQuery(
            "UPDATE SecondFactorEntity f SET f.confirmedAt = :at"
                + " WHERE f.personId = :person AND f.confirmedAt IS NULL")
        .setParameter("at", at)
        .setParameter("person", personId)
        .executeUpdate();
    replaceRecoveryCodes(personId, recoveryCodeHashes);
  }

  @Override
  public boolean useStep(UUID personId, long step) {
    return em.createQuery(
                "UPDATE SecondFactorEntity f SET f.lastUsedStep = :step"
                    + " WHERE f.personId = :person AND f.lastUsedStep < :step")
            .setParameter("step", step)
            .setParameter("person", personId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void remove(UUID personId) {
    em.createQuery("DELETE FROM RecoveryCodeEntity c WHERE c.personId = :person")
        .setParameter("person", personId)
        .executeUpdate();
    em.createQuery("DELETE FROM SecondFactorEntity f WHERE f.personId = :person")
        .setParameter("person", personId)
        .executeUpdate();
    em.createQuery("DELETE FROM LoginChallengeEntity c WHERE c.personId = :person")
        .setParameter("person", personId)
        .executeUpdate();
  }

  @Override
  public boolean useRecoveryCode(UUID personId, String codeHash, Instant at) {
    return em.createQuery(
                "UPDATE RecoveryCodeEntity c SET c.usedAt = :at"
                    + " WHERE c.codeHash = :hash AND c.personId = :person AND c.usedAt IS NULL")
            .setParameter("at", at)
            .setParameter("hash", codeHash)
            .setParameter("person", personId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void replaceRecoveryCodes(UUID personId, List<String> codeHashes) {
    em.createQuery("DELETE FROM RecoveryCodeEntity c WHERE c.personId = :person")
        .setParameter("person", personId)
        .executeUpdate();
    for (String hash : codeHashes) {
      RecoveryCodeEntity e = new RecoveryCodeEntity();
      e.codeHash = hash;
      e.personId = personId;
      em.persist(e);
    }
    em.flush();
  }

  @Override
  public int unusedRecoveryCodes(UUID personId) {
    return em.createQuery(
            "SELECT COUNT(c) FROM RecoveryCodeEntity c"
                + " WHERE c.personId = :person AND c.usedAt IS NULL",
            Long.class)
        .setParameter("person", personId)
        .getSingleResult()
        .intValue();
  }

  @Override
  public void addChallenge(Challenge challenge) {
    LoginChallengeEntity e = new LoginChallengeEntity();
    e.tokenHash = challenge.tokenHash();
    e.personId = challenge.personId();
    e.expiresAt = challenge.expiresAt();
    em.persist(e);
    em.flush();
  }

  @Override
  public Optional<Challenge> findChallenge(String tokenHash) {
    return Optional.ofNullable(em.find(LoginChallengeEntity.class, tokenHash))
        .map(e -> new Challenge(e.tokenHash, e.personId, e.expiresAt));
  }

  @Override
  public void removeChallenge(String tokenHash) {
    em.createQuery("DELETE FROM LoginChallengeEntity c WHERE c.tokenHash = :hash")
        .setParameter("hash", tokenHash)
        .executeUpdate();
  }
}
