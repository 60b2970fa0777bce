package nl.redzaam.application.login;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.RequestCounter;

/**
 * How often the doors that need no session (logging in, asking for and using a password reset,
 * activating an account) may be knocked on, per client address and per account, in fixed windows.
 * This slows down guessing and mail bombing; the lockout after failed logins ({@link
 * Authentication}) comes on top.
 */
public final class RequestLimits {

  /** What is limited: the door and who knocks (an address or an account). */
  public enum Door {
    LOGIN_PER_ADDRESS,
    PASSWORD_RESET_PER_ADDRESS,
    PASSWORD_RESET_PER_ACCOUNT,
    ACTIVATION_PER_ADDRESS
  }

  /** At most {@code requests} in every {@code window}. */
  public record Limit(int requests, Duration window) {
    public Limit {
      if (requests < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("A limit needs at least one request in a window > 0");
      }
    }
  }

  /** The limit of each door; a door without one is not limited. */
  public record Settings(Map<Door, Limit> limits) {
    public Settings {
      limits = Map.copyOf(limits);
    }
  }

  private final RequestCounter counter;
  private final Clock clock;
  private final Map<Door, Limit> limits;

  @Inject
  public RequestLimits(RequestCounter counter, Clock clock, Settings settings) {
    this.counter = counter;
    this.clock = clock;
    this.limits = settings.limits();
  }

  /**
   * Counts this request and refuses it when its window is full.
   *
   * @param who the client address, or the typed email address for a per-account door
   * @throws TooManyRequests with the end of the window
   */
  public void check(Door door, String who) {
    Limit limit = limits.get(door);
    if (limit == null) {
      return;
    }
    long windowMillis = limit.window().toMillis();
    long nowMillis = clock.now().toEpochMilli();
    Instant windowStart = Instant.ofEpochMilli(nowMillis - Math.floorMod(nowMillis, windowMillis));
    String key = door.name() + "|" + normalised(who) + "|" + windowStart.toEpochMilli();
    if (counter.countOneMore(key, windowStart) > limit.requests()) {
      throw new TooManyRequests(windowStart.plus(limit.window()));
    }
  }

  private static String normalised(String who) {
    String typed = who == null ? "" : who.trim().toLowerCase(Locale.ROOT);
    // The key column holds 300 characters; a longer typed address is still one account.
    return typed.length() > 254 ? typed.substring(0, 254) : typed;
  }
}
