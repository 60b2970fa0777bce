package nl.redzaam.application.login;

/** Wrong email address or password, said the same way for both so nobody learns which. */
public final class LoginFailed extends RuntimeException {
  public LoginFailed() {
    this("The email address or password is not correct");
  }

  public LoginFailed(String message) {
    super(message);
  }
}
