package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.domain.shared.EmailAddress;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  public JpaAccountRepository() {}

  /** For tests outside a container. */
  public JpaAccountRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Account> findByEmail(EmailAddress email) {
    return Optional.ofNullable(em.find(AccountEntity.class, email.value()))
        .map(JpaAccountRepository::toAccount);
  }

  @Override
  public Optional<Account> findByPerson(UUID personId) {
    return em.createQuery(
            "SELECT a FROM AccountEntity a WHERE a.personId = :person", AccountEntity.class)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst()
        .map(JpaAccountRepository::toAccount);
  }

  @Override
  public void add(Account account) {
    AccountEntity entity = new AccountEntity();
    entity.email = account.email().value();
    copy(account, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void update(Account account) {
    AccountEntity entity = em.find(AccountEntity.class, account.email().value());
    if (entity == null) {
      throw new IllegalStateException("No account " + account.email());
    }
    copy(account, entity);
    em.flush();
  }

  private static void copy(Account account, AccountEntity entity) {
    entity.passwordHash = account.passwordHash();
    entity.kind = account.kind().name();
    entity.personId = account.personId();
    entity.enabled = account.enabled();
  }

  private static Account toAccount(AccountEntity e) {
    return new Account(
        new EmailAddress(e.email),
        e.passwordHash,
        Account.Kind.valueOf(e.kind),
        e.personId,
        e.enabled);
  }
}
