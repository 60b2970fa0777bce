package nl.redzaam.application.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.LoginThrottle;
import nl.redzaam.application.port.LoginThrottle.FailedLogins;
import nl.redzaam.application.port.PasswordHasher;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.application.port.SessionRepository.Session;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;

/**
 * Logging in with email address and password, recognising a session's bearer token on later
 * requests, and logging out. Sessions end after a period without requests and at a fixed time after
 * login; a login always creates a new token; repeated failures lock the address for a while.
 */
public final class Authentication {

  /** A new session: the token to send with every request, and its latest possible end. */
  /**
   * A started session: its token, when it ends at the latest, and how long it lasts without
   * requests (so that a client can warn before it ends).
   */
  public record NewSession(
      String token, Instant expiresAt, Duration idleTimeout, Account account) {}

  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final LoginThrottle throttle;
  private final PasswordHasher passwords;
  private final Clock clock;
  private final SessionSettings settings;
  private final String decoyHash;

  public Authentication(
      AccountRepository accounts,
      SessionRepository sessions,
      LoginThrottle throttle,
      PasswordHasher passwords,
      Clock clock,
      SessionSettings settings,
      String decoyHash) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
    this.passwords = passwords;
    this.clock = clock;
    this.settings = settings;
    this.decoyHash = decoyHash;
  }

  /**
   * @param previousToken the token the client still held, ended so that a login never keeps an old
   *     session alive; may be null
   * @throws LoginFailed for a wrong address or password
   * @throws LoginLocked while the address is locked after too many failures
   */
  public NewSession logIn(String email, String password, String previousToken) {
    Instant now = clock.now();
    String typed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    String key = typed.length() > 254 ? typed.substring(0, 254) : typed;
    Optional<FailedLogins> failed = throttle.find(key);
    failed
        .map(FailedLogins::lockedUntil)
        .filter(until -> until != null && until.isAfter(now))
        .ifPresent(
            until -> {
              throw new LoginLocked(until);
            });
    Optional<Account> account = find(key).filter(Account::enabled);
    // Hash even for unknown addresses, so response times do not reveal which addresses exist.
    String hash = account.map(Account::passwordHash).orElse(decoyHash);
    boolean matches = passwords.matches(password == null ? "" : password, hash);
    if (!matches || account.isEmpty()) {
      recordFailure(key, failed, now);
      throw new LoginFailed();
    }
    throttle.clear(key);
    if (previousToken != null) {
      sessions.remove(SecretTokens.hash(previousToken));
    }
    String token = SecretTokens.newToken();
    Instant expiresAt = now.plus(settings.absolute());
    sessions.add(
        new Session(SecretTokens.hash(token), account.get().personId(), now, now, expiresAt));
    return new NewSession(token, expiresAt, settings.idle(), account.get());
  }

  /**
   * The account behind a bearer token, if the session is still alive; an expired session, or one of
   * a disabled account, is ended on the spot.
   */
  public Optional<Account> authenticate(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String tokenHash = SecretTokens.hash(token);
    Optional<Session> session = sessions.find(tokenHash);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.now();
    Session s = session.get();
    boolean expired =
        !now.isBefore(s.expiresAt()) || !now.isBefore(s.lastUsedAt().plus(settings.idle()));
    Optional<Account> account =
        expired ? Optional.empty() : accounts.findByPerson(s.personId()).filter(Account::enabled);
    if (account.isEmpty()) {
      sessions.remove(tokenHash);
      return Optional.empty();
    }
    // Writing on every request would cost a database write per call; a minute is precise enough.
    if (s.lastUsedAt().plusSeconds(60).isBefore(now)) {
      sessions.touch(tokenHash, now);
    }
    return account;
  }

  public void logOut(String token) {
    if (token != null) {
      sessions.remove(SecretTokens.hash(token));
    }
  }

  private void recordFailure(String key, Optional<FailedLogins> failed, Instant now) {
    int failures = failed.map(FailedLogins::failures).orElse(0) + 1;
    Instant lockedUntil =
        failures >= settings.failuresBeforeLock() ? now.plus(settings.lock()) : null;
    throttle.save(new FailedLogins(key, failures, now, lockedUntil));
  }

  private Optional<Account> find(String email) {
    try {
      return accounts.findByEmail(new EmailAddress(email));
    } catch (RuleViolation notAnEmailAddress) {
      return Optional.empty();
    }
  }
}
