package nl.redzaam.application;

/** The current user may not do this, or may not see this object. */
public class AccessDenied extends RuntimeException {
  public AccessDenied(String message) {
    super(message);
  }
}
