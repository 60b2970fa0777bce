package nl.redzaam.application.mail;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.login.SecretTokens;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.MailDue;
import nl.redzaam.application.port.MailPreferenceRepository;
import nl.redzaam.application.port.MailPreferences;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * Who an optional mail goes to: only people with an enabled account (a resident who has not
 * activated yet gets no reminders), at the account's address, greeted by first name at most, with
 * their unsubscribe token (created with the defaults the first time one is needed).
 */
public final class MailRecipients {

  private final AccountRepository accounts;
  private final ResidentRepository residents;
  private final StaffMemberRepository staff;
  private final MailPreferenceRepository preferences;

  @Inject
  public MailRecipients(
      AccountRepository accounts,
      ResidentRepository residents,
      StaffMemberRepository staff,
      MailPreferenceRepository preferences) {
    this.accounts = accounts;
    this.residents = residents;
    this.staff = staff;
    this.preferences = preferences;
  }

  /** The preferences as they are, or the defaults when the person never chose. */
  public MailPreferences preferencesOf(UUID personId) {
    return preferences.find(personId).orElseGet(() -> MailPreferences.defaults(personId, ""));
  }

  Optional<MailDue.Recipient> resident(ResidentId id) {
    return residents
        .find(id)
        .flatMap(
            r ->
                enabledAccount(id.value(), Account.Kind.RESIDENT)
                    .map(
                        a ->
                            new MailDue.Recipient(
                                id.value(),
                                a.email(),
                                r.firstName(),
                                r.municipalityId(),
                                token(id.value()))));
  }

  Optional<MailDue.Recipient> staffMember(StaffMemberId id) {
    return staff
        .find(id)
        .filter(StaffMember::active)
        .flatMap(
            s ->
                enabledAccount(id.value(), Account.Kind.STAFF)
                    .map(
                        a ->
                            new MailDue.Recipient(
                                id.value(), a.email(), "", s.municipalityId(), token(id.value()))));
  }

  private Optional<Account> enabledAccount(UUID personId, Account.Kind kind) {
    return accounts.findByPerson(personId).filter(Account::enabled).filter(a -> a.kind() == kind);
  }

  private String token(UUID personId) {
    return preferences.findOrCreate(personId, SecretTokens.newToken()).unsubscribeToken();
  }
}
