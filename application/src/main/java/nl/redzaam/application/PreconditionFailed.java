package nl.redzaam.application;

/**
 * The change was made on an earlier version than the one stored (someone else changed it since the
 * client read it): nothing was changed. The client reads it again and retries.
 */
public class PreconditionFailed extends RuntimeException {
  public PreconditionFailed(String message) {
    super(message);
  }
}
