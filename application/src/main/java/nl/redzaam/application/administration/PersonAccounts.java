package nl.redzaam.application.administration;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.application.login.SecretTokens;
import nl.redzaam.application.login.SessionSettings;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.AccountTokenRepository.AccountToken;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.application.trajectory.start.InviteResident;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;

/**
 * The login side of people an administrator adds or deactivates. A new staff member or support
 * worker gets an activation token, just like an invited resident, and activates through the same
 * flow ({@link nl.redzaam.application.login.ActivateAccount}); the token says which kind of account
 * it creates. Deactivating disables the account, ends its sessions at once and voids unused links.
 */
public final class PersonAccounts {

  private final AccountRepository accounts;
  private final AccountTokenRepository tokens;
  private final SessionRepository sessions;
  private final StaffMemberRepository staff;
  private final SupportWorkerRepository workers;
  private final ResidentRepository residents;
  private final Clock clock;
  private final SessionSettings settings;
  private final Notifications notifications;

  @Inject
  public PersonAccounts(
      AccountRepository accounts,
      AccountTokenRepository tokens,
      SessionRepository sessions,
      StaffMemberRepository staff,
      SupportWorkerRepository workers,
      ResidentRepository residents,
      Clock clock,
      SessionSettings settings,
      Notifications notifications) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.sessions = sessions;
    this.staff = staff;
    this.workers = workers;
    this.residents = residents;
    this.clock = clock;
    this.settings = settings;
    this.notifications = notifications;
  }

  /** Logins are keyed by email address, so an address can belong to one person only. */
  public void requireUnused(EmailAddress email) {
    require(
        accounts.findByEmail(email).isEmpty()
            && staff.findByEmail(email).isEmpty()
            && workers.findByEmail(email).isEmpty()
            && residents.findByEmail(email).isEmpty(),
        "email-in-use",
        "This email address belongs to an account elsewhere");
  }

  /**
   * A single-use activation token for the person's first password, mailed to them ({@link
   * ActivationIssued}) and returned to pass on when the mail does not arrive.
   */
  public InviteResident.Invitation invite(
      UUID personId, Account.Kind kind, EmailAddress email, MunicipalityId municipalityId) {
    Instant now = clock.now();
    tokens.invalidateAllOf(personId, Purpose.ACTIVATION, now);
    String token = SecretTokens.newToken();
    Instant expiresAt = now.plus(settings.activation());
    tokens.add(
        new AccountToken(
            SecretTokens.hash(token),
            Purpose.ACTIVATION,
            personId,
            kind,
            email.value(),
            now,
            expiresAt));
    // Staff are known by their full name only, and a mail holds no more than a first name.
    notifications.happened(
        List.of(
            new ActivationIssued(
                kind, personId, email, "", municipalityId, token, expiresAt, now)));
    return new InviteResident.Invitation(token, expiresAt);
  }

  /** The person can no longer log in; a session they still hold fails on its next request. */
  public void disable(UUID personId) {
    Instant now = clock.now();
    accounts.findByPerson(personId).ifPresent(account -> accounts.update(account.disabled()));
    sessions.removeAllOf(personId);
    tokens.invalidateAllOf(personId, Purpose.ACTIVATION, now);
    tokens.invalidateAllOf(personId, Purpose.PASSWORD_RESET, now);
  }
}
