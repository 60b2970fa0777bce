package nl.redzaam.application.login;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.fixtures.InMemorySecondFactors;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.LoginThrottle;
import nl.redzaam.application.port.PasswordHasher;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.domain.shared.EmailAddress;

/** Small in-memory stand-ins for the login ports, so tests can follow state over time. */
final class InMemoryLogins {

  final Map<String, Account> accounts = new HashMap<>();
  final Map<String, SessionRepository.Session> sessions = new HashMap<>();
  final Map<String, LoginThrottle.FailedLogins> failures = new HashMap<>();
  final Map<String, AccountTokenRepository.AccountToken> tokens = new HashMap<>();
  final Map<String, Instant> usedTokens = new HashMap<>();
  Instant now = Instant.parse("2026-03-02T09:00:00Z");

  final Clock clock = () -> now;

  final PasswordHasher hasher =
      new PasswordHasher() {
        @Override
        public String hash(String password) {
          return "hashed:" + password;
        }

        @Override
        public boolean matches(String password, String storedHash) {
          return storedHash.equals("hashed:" + password);
        }
      };

  final AccountRepository accountRepository =
      new AccountRepository() {
        @Override
        public Optional<Account> findByEmail(EmailAddress email) {
          return Optional.ofNullable(accounts.get(email.value()));
        }

        @Override
        public Optional<Account> findByPerson(UUID personId) {
          return accounts.values().stream().filter(a -> a.personId().equals(personId)).findFirst();
        }

        @Override
        public void add(Account account) {
          accounts.put(account.email().value(), account);
        }

        @Override
        public void update(Account account) {
          accounts.put(account.email().value(), account);
        }
      };

  final SessionRepository sessionRepository =
      new SessionRepository() {
        @Override
        public void add(Session session) {
          sessions.put(session.tokenHash(), session);
        }

        @Override
        public Optional<Session> find(String tokenHash) {
          return Optional.ofNullable(sessions.get(tokenHash));
        }

        @Override
        public void touch(String tokenHash, Instant lastUsedAt) {
          Session s = sessions.get(tokenHash);
          sessions.put(
              tokenHash,
              new Session(s.tokenHash(), s.personId(), s.createdAt(), lastUsedAt, s.expiresAt()));
        }

        @Override
        public void remove(String tokenHash) {
          sessions.remove(tokenHash);
        }

        @Override
        public void removeAllOf(UUID personId) {
          sessions.values().removeIf(s -> s.personId().equals(personId));
        }
      };

  final LoginThrottle throttle =
      new LoginThrottle() {
        @Override
        public Optional<FailedLogins> find(String email) {
          return Optional.ofNullable(failures.get(email));
        }

        @Override
        public void save(FailedLogins failedLogins) {
          failures.put(failedLogins.email(), failedLogins);
        }

        @Override
        public void clear(String email) {
          failures.remove(email);
        }
      };

  final AccountTokenRepository tokenRepository =
      new AccountTokenRepository() {
        @Override
        public void add(AccountToken token) {
          tokens.put(token.tokenHash(), token);
        }

        @Override
        public Optional<AccountToken> findUnused(String tokenHash) {
          return Optional.ofNullable(tokens.get(tokenHash))
              .filter(t -> !usedTokens.containsKey(tokenHash));
        }

        @Override
        public boolean markUsed(String tokenHash, Instant usedAt) {
          return tokens.containsKey(tokenHash) && usedTokens.putIfAbsent(tokenHash, usedAt) == null;
        }

        @Override
        public Optional<Instant> lastIssued(UUID personId, Purpose purpose) {
          return tokens.values().stream()
              .filter(t -> t.personId().equals(personId) && t.purpose() == purpose)
              .map(AccountTokenRepository.AccountToken::createdAt)
              .max(Comparator.naturalOrder());
        }

        @Override
        public void invalidateAllOf(UUID personId, Purpose purpose, Instant at) {
          tokens.values().stream()
              .filter(t -> t.personId().equals(personId) && t.purpose() == purpose)
              .forEach(t -> usedTokens.putIfAbsent(t.tokenHash(), at));
        }
      };

  final InMemorySecondFactors factors = new InMemorySecondFactors();
  final InMemorySecondFactors.Codes codes = new InMemorySecondFactors.Codes();

  /** Which persons must use a second factor; the municipal rule is tested in the domain. */
  final java.util.Set<UUID> required = new java.util.HashSet<>();

  final SecondFactorPolicy policy =
      new SecondFactorPolicy(null, null) {
        @Override
        public boolean required(Account account) {
          return required.contains(account.personId());
        }
      };

  SecondFactorCheck check() {
    return new SecondFactorCheck(factors, codes, throttle, clock, SessionSettings.DEFAULTS);
  }

  Authentication authentication() {
    return new Authentication(
        accountRepository,
        sessionRepository,
        throttle,
        hasher,
        clock,
        SessionSettings.DEFAULTS,
        hasher.hash("decoy"),
        factors,
        policy,
        check());
  }
}
