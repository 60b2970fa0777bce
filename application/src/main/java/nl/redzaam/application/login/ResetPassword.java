package nl.redzaam.application.login;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.AccountTokenRepository.AccountToken;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.PasswordHasher;
import nl.redzaam.application.port.PasswordPolicy;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.domain.shared.RuleViolation;

/**
 * With the link from the reset mail, the person chooses a new password. The token works once and
 * only until it expires, and only for an account that is still enabled; every session of the
 * account ends, since the password changed.
 */
public final class ResetPassword {

  public record Command(String token, String password) {}

  private final AccountTokenRepository tokens;
  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final PasswordPolicy policy;
  private final PasswordHasher passwords;
  private final Clock clock;

  @Inject
  public ResetPassword(
      AccountTokenRepository tokens,
      AccountRepository accounts,
      SessionRepository sessions,
      PasswordPolicy policy,
      PasswordHasher passwords,
      Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.sessions = sessions;
    this.policy = policy;
    this.passwords = passwords;
    this.clock = clock;
  }

  public void execute(Command command) {
    Instant now = clock.now();
    String tokenHash = SecretTokens.hash(command.token() == null ? "" : command.token());
    AccountToken token =
        tokens
            .findValid(tokenHash, Purpose.PASSWORD_RESET, now)
            .orElseThrow(ResetPassword::invalidLink);
    Account account =
        accounts
            .findByPerson(token.personId())
            .filter(Account::enabled)
            .orElseThrow(ResetPassword::invalidLink);
    policy.check(command.password(), List.of(token.email()));
    if (!tokens.markUsed(tokenHash, now)) {
      throw invalidLink();
    }
    accounts.update(account.withPasswordHash(passwords.hash(command.password())));
    sessions.removeAllOf(token.personId());
  }

  private static RuleViolation invalidLink() {
    return new RuleViolation(
        "password-reset-link-invalid",
        "This link to reset the password has expired or has been used; ask for a new one");
  }
}
