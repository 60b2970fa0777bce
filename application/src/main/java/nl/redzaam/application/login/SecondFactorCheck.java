package nl.redzaam.application.login;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.redzaam.application.login.Authentication.Enrolment;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.LoginThrottle;
import nl.redzaam.application.port.LoginThrottle.FailedLogins;
import nl.redzaam.application.port.OneTimeCodes;
import nl.redzaam.application.port.SecondFactorRepository;
import nl.redzaam.application.port.SecondFactorRepository.Authenticator;

/**
 * Checks a code from the authenticator app, or one of the recovery codes, for a person, and sets an
 * app up (a new secret, confirmed with ten recovery codes) — the steps that logging in and the
 * person's own account page share. A code is accepted once only; wrong codes count per account and
 * lock the second step like wrong passwords lock the first, so that guessing a six-digit code is
 * hopeless.
 */
public class SecondFactorCheck {

  /** How a second factor was given. */
  public enum Given {
    AUTHENTICATOR_CODE,
    RECOVERY_CODE
  }

  private final SecondFactorRepository factors;
  private final OneTimeCodes codes;
  private final LoginThrottle throttle;
  private final Clock clock;
  private final SessionSettings settings;

  @Inject
  public SecondFactorCheck(
      SecondFactorRepository factors,
      OneTimeCodes codes,
      LoginThrottle throttle,
      Clock clock,
      SessionSettings settings) {
    this.factors = factors;
    this.codes = codes;
    this.throttle = throttle;
    this.clock = clock;
    this.settings = settings;
  }

  /** Starts enrolment: a new secret, unconfirmed until a first code from the app matches it. */
  public Enrolment enrol(Account account) {
    String secret = codes.newSecret();
    factors.replace(new Authenticator(account.personId(), secret, clock.now(), null, 0));
    return new Enrolment(secret, otpauthUri(account, secret));
  }

  /** Confirms the enrolment: the app counts from now on; answers the new recovery codes. */
  public List<String> confirm(UUID personId) {
    List<String> recoveryCodes = RecoveryCodes.newCodes();
    factors.confirm(personId, clock.now(), RecoveryCodes.hashes(personId, recoveryCodes));
    return recoveryCodes;
  }

  /** The link authenticator apps read (Google's Key URI format), labelled with the address. */
  static String otpauthUri(Account account, String secret) {
    String label = URLEncoder.encode("Redzaam:" + account.email().value(), StandardCharsets.UTF_8);
    return "otpauth://totp/"
        + label.replace("+", "%20")
        + "?secret="
        + secret
        + "&issuer=Redzaam&algorithm=SHA1&digits=6&period=30";
  }

  /**
   * @param allowRecoveryCode whether a recovery code counts (not while confirming an enrolment)
   * @return how the factor was given
   * @throws LoginFailed when the code is wrong, was used before, or is a used recovery code
   * @throws LoginLocked after too many wrong codes in a row
   */
  public Given verify(Authenticator authenticator, String typed, boolean allowRecoveryCode) {
    Instant now = clock.now();
    String key = "second-factor:" + authenticator.personId();
    Optional<FailedLogins> failed = throttle.find(key);
    failed
        .map(FailedLogins::lockedUntil)
        .filter(until -> until != null && until.isAfter(now))
        .ifPresent(
            until -> {
              throw new LoginLocked("Too many wrong codes; try again after " + until, until);
            });
    String digits = typed == null ? "" : typed.replaceAll("\\s", "");
    OptionalLong step =
        digits.matches("\\d{6}")
            ? codes.acceptedStep(authenticator.secret(), digits, now)
            : OptionalLong.empty();
    Given given = null;
    if (step.isPresent() && factors.useStep(authenticator.personId(), step.getAsLong())) {
      given = Given.AUTHENTICATOR_CODE;
    } else if (allowRecoveryCode
        && step.isEmpty()
        && factors.useRecoveryCode(
            authenticator.personId(), RecoveryCodes.hash(authenticator.personId(), typed), now)) {
      given = Given.RECOVERY_CODE;
    }
    if (given == null) {
      int failures = failed.map(FailedLogins::failures).orElse(0) + 1;
      Instant lockedUntil =
          failures >= settings.failuresBeforeLock() ? now.plus(settings.lock()) : null;
      throttle.save(new FailedLogins(key, failures, now, lockedUntil));
      throw new LoginFailed("The code is not correct, or was used before");
    }
    throttle.clear(key);
    return given;
  }
}
