package nl.redzaam.application.port;

import java.util.Optional;
import nl.redzaam.domain.shared.EmailAddress;

/** Stores logins. */
public interface AccountRepository {

  Optional<Account> findByEmail(EmailAddress email);

  void add(Account account);
}
