package nl.redzaam.application;

/** The object asked for does not exist (or is not visible to the current user). */
public class NotFound extends RuntimeException {
  public NotFound(String message) {
    super(message);
  }
}
