package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.application.login.Authentication;
import nl.redzaam.application.login.RequestLimits;
import nl.redzaam.application.login.RequestLimits.Door;
import nl.redzaam.application.login.RequestLimits.Limit;
import nl.redzaam.application.login.SecondFactorCheck;
import nl.redzaam.application.login.SecondFactorPolicy;
import nl.redzaam.application.login.SessionSettings;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.LoginThrottle;
import nl.redzaam.application.port.SecondFactorRepository;
import nl.redzaam.application.port.SessionRepository;
import org.eclipse.microprofile.config.Config;
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

  @Inject Config config;

  private volatile String decoyHash;

  /**
   * The limits per door, each "requests/minutes" from {@code redzaam.rate-limit.<door>}: an office
   * behind one address logs in many coaches, a reset is asked for rarely.
   */
  @Produces
  RequestLimits.Settings requestLimits() {
    Map<Door, Limit> limits = new EnumMap<>(Door.class);
    limits.put(Door.LOGIN_PER_ADDRESS, limit("login-per-address", "100/15"));
    limits.put(Door.PASSWORD_RESET_PER_ADDRESS, limit("password-reset-per-address", "30/15"));
    limits.put(Door.PASSWORD_RESET_PER_ACCOUNT, limit("password-reset-per-account", "5/60"));
    limits.put(Door.ACTIVATION_PER_ADDRESS, limit("activation-per-address", "30/15"));
    return new RequestLimits.Settings(limits);
  }

  private Limit limit(String name, String byDefault) {
    String property = "redzaam.rate-limit." + name;
    String value = config.getOptionalValue(property, String.class).orElse(byDefault);
    String[] parts = value.trim().split("/");
    try {
      return new Limit(
          Integer.parseInt(parts[0].trim()), Duration.ofMinutes(Long.parseLong(parts[1].trim())));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          property + " must read requests/minutes, for example " + byDefault + "; not " + value, e);
    }
  }

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
      SessionSettings settings,
      SecondFactorRepository factors,
      SecondFactorPolicy policy,
      SecondFactorCheck check) {
    return new Authentication(
        accounts,
        sessions,
        throttle,
        passwords,
        clock,
        settings,
        decoyHash(passwords),
        factors,
        policy,
        check);
  }

  /** A hash to check wrong addresses against, so they take as long as right ones. */
  private String decoyHash(PasswordHashing passwords) {
    if (decoyHash == null) {
      decoyHash = passwords.hash("decoy-password-for-timing");
    }
    return decoyHash;
  }
}
