package nl.redzaam.adapters.rest.security;

import jakarta.security.enterprise.CallerPrincipal;
import nl.redzaam.application.port.Account;

/** The caller, carrying the account its session check just loaded, so it is not loaded again. */
public class AccountPrincipal extends CallerPrincipal {

  private final transient Account account;

  public AccountPrincipal(Account account) {
    super(account.email().value());
    this.account = account;
  }

  public Account account() {
    return account;
  }
}
