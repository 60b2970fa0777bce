package nl.redzaam.application.port;

/** The authenticated person behind the current request. */
public interface CurrentUser {

  /**
   * @throws nl.redzaam.application.AccessDenied when nobody is logged in
   */
  Actor actor();
}
