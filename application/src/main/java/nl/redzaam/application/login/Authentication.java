package nl.redzaam.application.login;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.LoginThrottle;
import nl.redzaam.application.port.LoginThrottle.FailedLogins;
import nl.redzaam.application.port.PasswordHasher;
import nl.redzaam.application.port.SecondFactorRepository;
import nl.redzaam.application.port.SecondFactorRepository.Authenticator;
import nl.redzaam.application.port.SecondFactorRepository.Challenge;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.application.port.SessionRepository.Session;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;

/**
 * Logging in with email address and password, and a code from an authenticator app when the account
 * has one or must have one; recognising a session's bearer token on later requests, and logging
 * out. Sessions end after a period without requests and at a fixed time after login; a login always
 * creates a new token; repeated failures lock the address for a while.
 */
public final class Authentication {

  /** What a login with a right password leads to: a session, or a request for a code. */
  public sealed interface LoginResult {}

  /**
   * A started session: its token, when it ends at the latest, and how long it lasts without
   * requests (so that a client can warn before it ends).
   *
   * @param recoveryCodes the new recovery codes, when this login completed an enrolment; shown once
   */
  public record NewSession(
      String token,
      Instant expiresAt,
      Duration idleTimeout,
      Account account,
      List<String> recoveryCodes)
      implements LoginResult {
    public NewSession {
      recoveryCodes = List.copyOf(recoveryCodes);
    }
  }

  /**
   * The password was right; the login completes with {@link #completeLogIn} and a code.
   *
   * @param challenge the token to send with the code
   * @param enrolment when the account must have a second factor and has none yet: the new secret to
   *     put in an authenticator app; null otherwise
   */
  public record SecondFactorDue(String challenge, Instant expiresAt, Enrolment enrolment)
      implements LoginResult {}

  /** A new authenticator secret, as text and as the otpauth:// link a QR code carries. */
  public record Enrolment(String secret, String otpauthUri) {}

  private static final Duration CHALLENGE_VALIDITY = Duration.ofMinutes(5);

  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final LoginThrottle throttle;
  private final PasswordHasher passwords;
  private final Clock clock;
  private final SessionSettings settings;
  private final String decoyHash;
  private final SecondFactorRepository factors;
  private final SecondFactorPolicy policy;
  private final SecondFactorCheck check;

  public Authentication(
      AccountRepository accounts,
      SessionRepository sessions,
      LoginThrottle throttle,
      PasswordHasher passwords,
      Clock clock,
      SessionSettings settings,
      String decoyHash,
      SecondFactorRepository factors,
      SecondFactorPolicy policy,
      SecondFactorCheck check) {
    this.factors = factors;
    this.policy = policy;
    this.check = check;
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
   * @return a session, or, when the account has or must have a second factor, a challenge
   * @throws LoginFailed for a wrong address or password
   * @throws LoginLocked while the address is locked after too many failures
   */
  public LoginResult logIn(String email, String password, String previousToken) {
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
    Optional<Authenticator> authenticator =
        factors.find(account.get().personId()).filter(Authenticator::confirmed);
    if (authenticator.isPresent()) {
      return challenge(account.get(), null, now);
    }
    if (policy.required(account.get())) {
      return challenge(account.get(), check.enrol(account.get()), now);
    }
    return startSession(account.get(), List.of(), now);
  }

  /**
   * Completes a login whose password was right with a code from the authenticator app or a recovery
   * code. When the login enrolled the authenticator, only an app code counts and the session comes
   * with new recovery codes.
   *
   * @throws LoginFailed for an unknown or expired challenge, or a wrong or used code
   * @throws LoginLocked after too many wrong codes for the account
   */
  public NewSession completeLogIn(String challengeToken, String code) {
    Instant now = clock.now();
    String hash = SecretTokens.hash(challengeToken == null ? "" : challengeToken);
    Challenge challenge =
        factors
            .findChallenge(hash)
            .filter(c -> now.isBefore(c.expiresAt()))
            .orElseThrow(() -> new LoginFailed("This login has expired; log in again"));
    Account account =
        accounts
            .findByPerson(challenge.personId())
            .filter(Account::enabled)
            .orElseThrow(() -> new LoginFailed("This login has expired; log in again"));
    Authenticator authenticator =
        factors
            .find(account.personId())
            .orElseThrow(() -> new LoginFailed("This login has expired; log in again"));
    check.verify(authenticator, code, authenticator.confirmed());
    factors.removeChallenge(hash);
    List<String> recoveryCodes =
        authenticator.confirmed() ? List.of() : check.confirm(account.personId());
    return startSession(account, recoveryCodes, now);
  }

  private SecondFactorDue challenge(Account account, Enrolment enrolment, Instant now) {
    String token = SecretTokens.newToken();
    Instant expiresAt = now.plus(CHALLENGE_VALIDITY);
    factors.addChallenge(new Challenge(SecretTokens.hash(token), account.personId(), expiresAt));
    return new SecondFactorDue(token, expiresAt, enrolment);
  }

  /**
   * Starts a session for an enabled account whose identity was proven elsewhere (the municipality's
   * identity provider), ending the previous token the client held.
   */
  public NewSession startVerifiedSession(Account account, String previousToken) {
    if (!account.enabled()) {
      throw new LoginFailed();
    }
    if (previousToken != null) {
      sessions.remove(SecretTokens.hash(previousToken));
    }
    return startSession(account, List.of(), clock.now());
  }

  private NewSession startSession(Account account, List<String> recoveryCodes, Instant now) {
    String token = SecretTokens.newToken();
    Instant expiresAt = now.plus(settings.absolute());
    sessions.add(new Session(SecretTokens.hash(token), account.personId(), now, now, expiresAt));
    return new NewSession(token, expiresAt, settings.idle(), account, recoveryCodes);
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
