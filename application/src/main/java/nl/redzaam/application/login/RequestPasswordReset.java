package nl.redzaam.application.login;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.AccountTokenRepository.AccountToken;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.PasswordResetIssued;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.support.SupportWorkerId;

/**
 * Someone forgot their password and gives their email address. If an enabled account has it, its
 * owner gets a mail with a single-use link that works for {@link #VALID}; a new request voids the
 * earlier link, but no more than one mail per {@link #MIN_INTERVAL}. The caller learns nothing
 * either way: the answer is the same whether the address has an account or not, and the mail goes
 * only to the address itself.
 */
public final class RequestPasswordReset {

  /** How long a reset link works: short, because whoever reads the mailbox can use it. */
  public static final Duration VALID = Duration.ofHours(1);

  /**
   * At most one reset mail per account in this time, so that nobody can flood someone's mailbox by
   * asking again and again; the earlier link keeps working meanwhile.
   */
  public static final Duration MIN_INTERVAL = Duration.ofMinutes(5);

  public record Command(String email) {}

  private final AccountRepository accounts;
  private final AccountTokenRepository tokens;
  private final ResidentRepository residents;
  private final StaffMemberRepository staff;
  private final SupportWorkerRepository workers;
  private final Clock clock;
  private final Notifications notifications;

  @Inject
  public RequestPasswordReset(
      AccountRepository accounts,
      AccountTokenRepository tokens,
      ResidentRepository residents,
      StaffMemberRepository staff,
      SupportWorkerRepository workers,
      Clock clock,
      Notifications notifications) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.residents = residents;
    this.staff = staff;
    this.workers = workers;
    this.clock = clock;
    this.notifications = notifications;
  }

  public void execute(Command command) {
    EmailAddress email = new EmailAddress(command.email());
    Optional<Account> account = accounts.findByEmail(email).filter(Account::enabled);
    if (account.isEmpty()) {
      return;
    }
    Account a = account.get();
    Optional<Person> person = person(a);
    if (person.isEmpty()) {
      return;
    }
    Instant now = clock.now();
    if (tokens
        .lastIssued(a.personId(), Purpose.PASSWORD_RESET)
        .filter(last -> last.isAfter(now.minus(MIN_INTERVAL)))
        .isPresent()) {
      return;
    }
    tokens.invalidateAllOf(a.personId(), Purpose.PASSWORD_RESET, now);
    String token = SecretTokens.newToken();
    Instant expiresAt = now.plus(VALID);
    tokens.add(
        new AccountToken(
            SecretTokens.hash(token),
            Purpose.PASSWORD_RESET,
            a.personId(),
            a.kind(),
            a.email().value(),
            now,
            expiresAt));
    notifications.happened(
        List.of(
            new PasswordResetIssued(
                a.kind(),
                a.personId(),
                a.email(),
                person.get().firstName(),
                person.get().municipalityId(),
                token,
                expiresAt,
                now)));
  }

  private record Person(String firstName, MunicipalityId municipalityId) {}

  /** Residents are greeted by first name; staff are known by their full name only. */
  private Optional<Person> person(Account account) {
    return switch (account.kind()) {
      case RESIDENT ->
          residents
              .find(new ResidentId(account.personId()))
              .map(r -> new Person(r.firstName(), r.municipalityId()));
      case STAFF ->
          staff
              .find(new StaffMemberId(account.personId()))
              .map(s -> new Person("", s.municipalityId()));
      case SUPPORT_WORKER ->
          workers
              .find(new SupportWorkerId(account.personId()))
              .map(w -> new Person("", w.municipalityId()));
    };
  }
}
