package nl.redzaam.deployment;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.redzaam.adapters.rest.security.TimeBasedCodes;

/**
 * The test users' authenticator apps: the secret each was given at enrolment, and the codes they
 * show. Apps outlive a test class, as the accounts in a server do; the generated-client tests use
 * them too.
 */
public final class AuthenticatorApps {

  private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
  private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();
  private static final TimeBasedCodes APP = new TimeBasedCodes();

  private AuthenticatorApps() {}

  /** The user put this secret in their app (from a QR code or a 202 with an enrolment). */
  public static void appSetUp(String email, String secret) {
    SECRETS.put(email, secret);
    LAST_STEPS.remove(email);
  }

  public static void appRemoved(String email) {
    SECRETS.remove(email);
  }

  /**
   * The code the app shows now, never one of a step used before (the server refuses replays): at
   * most one step ahead, as a phone clock may be; else it waits for the next step.
   */
  public static String freshCode(String email) throws InterruptedException {
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
