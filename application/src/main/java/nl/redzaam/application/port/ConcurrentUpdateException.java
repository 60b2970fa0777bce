package nl.redzaam.application.port;

/** Someone else changed the same object in the meantime; the change was refused, not merged. */
public class ConcurrentUpdateException extends RuntimeException {
  public ConcurrentUpdateException(String message, Throwable cause) {
    super(message, cause);
  }
}
