package nl.redzaam.application.login;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions and tokens live, and when logins are locked.
 *
 * @param idle a session ends after this long without a request
 * @param absolute a session ends this long after login, however active
 * @param activation an activation link works this long
 * @param failuresBeforeLock failed logins in a row before an address is locked
 * @param lock how long a locked address stays locked
 */
public record SessionSettings(
    Duration idle, Duration absolute, Duration activation, int failuresBeforeLock, Duration lock) {

  public static final SessionSettings DEFAULTS =
      new SessionSettings(
          Duration.ofMinutes(30),
          Duration.ofHours(12),
          Duration.ofHours(72),
          5,
          Duration.ofMinutes(15));

  public SessionSettings {
    Objects.requireNonNull(idle, "idle");
    Objects.requireNonNull(absolute, "absolute");
    Objects.requireNonNull(activation, "activation");
    Objects.requireNonNull(lock, "lock");
  }
}
