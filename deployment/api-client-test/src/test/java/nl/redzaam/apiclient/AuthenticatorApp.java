package nl.redzaam.apiclient;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.redzaam.adapters.rest.security.TimeBasedCodes;
import nl.redzaam.client.api.AccountApi;
import nl.redzaam.client.model.Credentials;
import nl.redzaam.client.model.NewSession;
import nl.redzaam.client.model.SecondFactorAnswer;

/**
 * Logs in through the generated client as an integrator would, and where a second factor is due
 * acts as the person's authenticator app: it keeps the secret given at enrolment and answers with a
 * code of a step no earlier login used (the server refuses replays).
 */
final class AuthenticatorApp {

  private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
  private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();
  private static final TimeBasedCodes APP = new TimeBasedCodes();

  private AuthenticatorApp() {}

  static NewSession logIn(AccountApi anonymous, String email, String password) throws Exception {
    NewSession session = anonymous.logIn(new Credentials().email(email).password(password));
    if (session.getSecondFactorDue() == null) {
      return session;
    }
    var due = session.getSecondFactorDue();
    if (due.getEnrolment() != null) {
      SECRETS.put(email, due.getEnrolment().getSecret());
    }
    return anonymous.completeLogIn(
        new SecondFactorAnswer().challenge(due.getChallenge()).code(freshCode(email)));
  }

  static String freshCode(String email) throws InterruptedException {
    String secret = SECRETS.get(email);
    if (secret == null) {
      throw new IllegalStateException("No authenticator app set up for " + email);
    }
    while (true) {
      long now = Instant.now().getEpochSecond() / 30;
      long step = Math.max(now, LAST_STEPS.getOrDefault(email, Long.MIN_VALUE) + 1);
      if (step <= now + 1) {
        LAST_STEPS.put(email, step);
        return APP.codeAt(secret, Instant.ofEpochSecond(step * 30));
      }
      Thread.sleep(1000);
    }
  }
}
