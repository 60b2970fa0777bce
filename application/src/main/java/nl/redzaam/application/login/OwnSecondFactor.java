package nl.redzaam.application.login;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.login.Authentication.Enrolment;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SecondFactorRepository;
import nl.redzaam.application.port.SecondFactorRepository.Authenticator;
import nl.redzaam.domain.shared.RuleViolation;

/**
 * The logged-in person's own second factor: turn it on (a secret for the authenticator app,
 * confirmed by a first code, answered with ten recovery codes), make new recovery codes, or turn it
 * off again where the municipality does not require it. Each change asks for a current code, so a
 * session left open on someone else's screen cannot change it.
 */
public class OwnSecondFactor {

  /** Where the person stands: OFF, WAITING_FOR_CODE (enrolment started) or ON. */
  public record Status(State state, boolean required, int unusedRecoveryCodes) {}

  public enum State {
    OFF,
    WAITING_FOR_CODE,
    ON
  }

  private final CurrentUser currentUser;
  private final AccountRepository accounts;
  private final SecondFactorRepository factors;
  private final SecondFactorPolicy policy;
  private final SecondFactorCheck check;

  @Inject
  public OwnSecondFactor(
      CurrentUser currentUser,
      AccountRepository accounts,
      SecondFactorRepository factors,
      SecondFactorPolicy policy,
      SecondFactorCheck check) {
    this.currentUser = currentUser;
    this.accounts = accounts;
    this.factors = factors;
    this.policy = policy;
    this.check = check;
  }

  public Status status() {
    Account account = account();
    Optional<Authenticator> authenticator = factors.find(account.personId());
    State state =
        authenticator.map(a -> a.confirmed() ? State.ON : State.WAITING_FOR_CODE).orElse(State.OFF);
    return new Status(
        state,
        policy.required(account),
        state == State.ON ? factors.unusedRecoveryCodes(account.personId()) : 0);
  }

  /** Starts (or starts again) enrolment; refused while an authenticator is on. */
  public Enrolment startEnrolment() {
    Account account = account();
    require(
        factors.find(account.personId()).filter(Authenticator::confirmed).isEmpty(),
        "second-factor-already-on",
        "A second factor is on already; turn it off first to use another app");
    return check.enrol(account);
  }

  /** Confirms the enrolment with a first code from the app; answers the new recovery codes. */
  public List<String> confirmEnrolment(String code) {
    Account account = account();
    Authenticator authenticator =
        factors
            .find(account.personId())
            .filter(a -> !a.confirmed())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "second-factor-not-started", "Start turning on the second factor first"));
    verify(authenticator, code, false);
    return check.confirm(account.personId());
  }

  /** New recovery codes in place of the old ones, for a code from the app. */
  public List<String> newRecoveryCodes(String code) {
    Account account = account();
    verify(authenticatorOn(account), code, false);
    List<String> recoveryCodes = RecoveryCodes.newCodes();
    factors.replaceRecoveryCodes(
        account.personId(), RecoveryCodes.hashes(account.personId(), recoveryCodes));
    return recoveryCodes;
  }

  /** Turns the second factor off, for a code from the app or a recovery code. */
  public void turnOff(String code) {
    Account account = account();
    require(
        !policy.required(account),
        "second-factor-required",
        "Your municipality requires a second factor for your account; it cannot be turned off");
    verify(authenticatorOn(account), code, true);
    factors.remove(account.personId());
  }

  private Authenticator authenticatorOn(Account account) {
    return factors
        .find(account.personId())
        .filter(Authenticator::confirmed)
        .orElseThrow(() -> new RuleViolation("second-factor-off", "No second factor is on"));
  }

  /** A wrong code while logged in is a mistake in the form, not a failed login (401). */
  private void verify(Authenticator authenticator, String code, boolean allowRecoveryCode) {
    try {
      check.verify(authenticator, code, allowRecoveryCode);
    } catch (LoginFailed wrong) {
      throw new RuleViolation("second-factor-code-wrong", wrong.getMessage());
    }
  }

  private Account account() {
    UUID personId = currentUser.actor().personId();
    return accounts.findByPerson(personId).orElseThrow(() -> new NotFound("No account"));
  }
}
