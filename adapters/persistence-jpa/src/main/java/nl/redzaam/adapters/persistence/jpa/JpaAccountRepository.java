package nl.redzaam.adapters.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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
        .map(
            e ->
                new Account(
                    new EmailAddress(e.email),
                    e.passwordHash,
                    Account.Kind.valueOf(e.kind),
                    e.personId));
  }

  @Override
  public void add(Account account) {
    AccountEntity entity = new AccountEntity();
    entity.email = account.email().value();
    entity.passwordHash = account.passwordHash();
    entity.kind = account.kind().name();
    entity.personId = account.personId();
    em.persist(entity);
    em.flush();
  }
}
