package nl.redzaam.application.login;

import java.time.Instant;

/** Too many failed logins for this email address: try again after {@link #until()}. */
public final class LoginLocked extends RuntimeException {

  private final Instant until;

  public LoginLocked(Instant until) {
    this("Too many failed logins for this email address; try again after " + until, until);
  }

  public LoginLocked(String message, Instant until) {
    super(message);
    this.until = until;
  }

  public Instant until() {
    return until;
  }
}
