package nl.redzaam.application.login;

import java.time.Instant;

/**
 * Too many requests of one kind from one address or for one account: wait until {@link #until()}.
 */
public final class TooManyRequests extends RuntimeException {

  private final Instant until;

  public TooManyRequests(Instant until) {
    super("Too many requests; try again after " + until);
    this.until = until;
  }

  public Instant until() {
    return until;
  }
}
