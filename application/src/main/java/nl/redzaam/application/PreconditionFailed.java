package nl.redzaam.application;

/**
 * The change was based on an older version of the object than the stored one (a stale {@code
 * If-Match}): someone else changed it after the caller read it.
 */
public class PreconditionFailed extends RuntimeException {
  public PreconditionFailed(String message) {
    super(message);
  }

  /** Fails unless the caller read the version that is stored now. */
  public static void requireVersion(long expected, long current, String what) {
    if (expected != current) {
      throw new PreconditionFailed(
          what + " changed since you read it (version " + expected + ", now " + current + ")");
    }
  }
}
