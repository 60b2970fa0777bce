package nl.redzaam.application.login;

import jakarta.inject.Inject;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;

/** Whether an account must log in with a second factor, by its municipality's rule. */
public class SecondFactorPolicy {

  private final StaffMemberRepository staff;
  private final MunicipalityRepository municipalities;

  @Inject
  public SecondFactorPolicy(StaffMemberRepository staff, MunicipalityRepository municipalities) {
    this.staff = staff;
    this.municipalities = municipalities;
  }

  /** Residents and support workers choose for themselves; staff follow the municipal rule. */
  public boolean required(Account account) {
    if (account.kind() != Account.Kind.STAFF) {
      return false;
    }
    return staff
        .find(new StaffMemberId(account.personId()))
        .map(
            member ->
                municipalities
                    .find(member.municipalityId())
                    .map(
                        m ->
                            m.secondFactorRule().requiresFor(member.holds(StaffRole.ADMINISTRATOR)))
                    // A staff member of an unknown municipality is an error; err on the safe side.
                    .orElse(true))
        .orElse(true);
  }
}
