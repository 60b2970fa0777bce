package nl.redzaam.adapters.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.redzaam.application.login.Authentication;
import nl.redzaam.application.port.Account;

/** Looks up a bearer token's session in its own transaction, before any resource runs. */
@ApplicationScoped
public class SessionCheck {

  @Inject Authentication authentication;

  @Transactional
  public Optional<Account> accountFor(String token) {
    return authentication.authenticate(token);
  }
}
