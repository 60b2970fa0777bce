package nl.redzaam.application;

/**
 * The client changes an object on the basis of a version that is no longer current: someone else
 * changed it since the client read it. The client reloads and decides again.
 */
public class OutdatedVersion extends RuntimeException {
  public OutdatedVersion(String message) {
    super(message);
  }

  /** Fails unless the version the client read is the stored one. */
  public static void require(long expected, long current, String what) {
    if (expected != current) {
      throw new OutdatedVersion(
          what + " was changed by someone else (version " + current + "); load it again");
    }
  }
}
