package nl.redzaam.application.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins per email address, whether or not an account with that address exists, so that a
 * lockout reveals nothing about which addresses have accounts.
 */
public interface LoginThrottle {

  record FailedLogins(String email, int failures, Instant lastFailureAt, Instant lockedUntil) {}

  Optional<FailedLogins> find(String email);

  void save(FailedLogins failedLogins);

  void clear(String email);
}
