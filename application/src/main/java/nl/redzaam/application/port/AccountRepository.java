package nl.redzaam.application.port;

import java.util.Optional;
import java.util.UUID;
import nl.redzaam.domain.shared.EmailAddress;

/** Stores logins. */
public interface AccountRepository {

  Optional<Account> findByEmail(EmailAddress email);

  /** The account of a resident, staff member or support worker. */
  Optional<Account> findByPerson(UUID personId);

  void add(Account account);

  /** Stores a changed password hash or enabled flag. */
  void update(Account account);
}
