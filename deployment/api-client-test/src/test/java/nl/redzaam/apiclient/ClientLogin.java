package nl.redzaam.apiclient;

import nl.redzaam.client.api.AccountApi;
import nl.redzaam.client.model.Credentials;
import nl.redzaam.client.model.NewSession;
import nl.redzaam.client.model.SecondFactorAnswer;
import nl.redzaam.deployment.AuthenticatorApps;

/**
 * Logs in through the generated client as an integrator would, and where a second factor is due
 * answers as the person's authenticator app ({@link AuthenticatorApps}).
 */
final class ClientLogin {

  private ClientLogin() {}

  static NewSession logIn(AccountApi anonymous, String email, String password) throws Exception {
    NewSession session = anonymous.logIn(new Credentials().email(email).password(password));
    if (session.getSecondFactorDue() == null) {
      return session;
    }
    var due = session.getSecondFactorDue();
    if (due.getEnrolment() != null) {
      AuthenticatorApps.appSetUp(email, due.getEnrolment().getSecret());
    }
    return anonymous.completeLogIn(
        new SecondFactorAnswer()
            .challenge(due.getChallenge())
            .code(AuthenticatorApps.freshCode(email)));
  }
}
