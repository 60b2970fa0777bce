package nl.redzaam.application;

/**
 * The caller based a change on a version of the object that is no longer the stored one: someone
 * else changed it in the meantime. The change was refused; the caller reloads and decides again.
 */
public class StaleVersion extends RuntimeException {
  public StaleVersion(String message) {
    this(message, null);
  }

  public StaleVersion(String message, Throwable cause) {
    super(message, cause);
  }

  /** Refuses a change based on another version than the stored one. */
  public static void require(long expected, long current, String what) {
    if (expected != current) {
      throw new StaleVersion(
          what + " changed since you read it (version " + expected + ", now " + current + ")");
    }
  }
}
