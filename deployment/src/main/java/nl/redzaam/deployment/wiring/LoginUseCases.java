package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.application.login.Authentication;
import nl.redzaam.application.login.SessionSettings;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.LoginThrottle;
import nl.redzaam.application.port.SessionRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The session settings from configuration, and logging in, which needs a decoy hash made once. */
@ApplicationScoped
public class LoginUseCases {

  @Inject
  @ConfigProperty(name = "redzaam.session.idle-minutes", defaultValue = "30")
  long idleMinutes;

  @Inject
  @ConfigProperty(name = "redzaam.session.absolute-hours", defaultValue = "12")
  long absoluteHours;

  @Inject
  @ConfigProperty(name = "redzaam.activation.valid-hours", defaultValue = "72")
  long activationHours;

  @Inject
  @ConfigProperty(name = "redzaam.login.failures-before-lock", defaultValue = "5")
  int failuresBeforeLock;

  @Inject
  @ConfigProperty(name = "redzaam.login.lock-minutes", defaultValue = "15")
  long lockMinutes;

  private volatile String decoyHash;

  @Produces
  SessionSettings sessionSettings() {
    return new SessionSettings(
        Duration.ofMinutes(idleMinutes),
        Duration.ofHours(absoluteHours),
        Duration.ofHours(activationHours),
        failuresBeforeLock,
        Duration.ofMinutes(lockMinutes));
  }

  @Produces
  Authentication authentication(
      AccountRepository accounts,
      SessionRepository sessions,
      LoginThrottle throttle,
      PasswordHashing passwords,
      Clock clock,
      SessionSettings settings) {
    return new Authentication(
        accounts, sessions, throttle, passwords, clock, settings, decoyHash(passwords));
  }

  /** A hash to check wrong addresses against, so they take as long as right ones. */
  private String decoyHash(PasswordHashing passwords) {
    if (decoyHash == null) {
      decoyHash = passwords.hash("decoy-password-for-timing");
    }
    return decoyHash;
  }
}
