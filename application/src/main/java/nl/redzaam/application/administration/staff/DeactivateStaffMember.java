package nl.redzaam.application.administration.staff;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.administration.PersonAccounts;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * The administrator deactivates a staff member who leaves: the account is disabled and every
 * session ends at once, so the very next request is refused. Their trajectories and history stay.
 * Administrators cannot deactivate themselves, nor the last administrator.
 */
public final class DeactivateStaffMember {

  public record Command(StaffMemberId staffMemberId) {
    public Command {
      Objects.requireNonNull(staffMemberId, "staffMemberId");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final StaffMemberRepository staff;
  private final PersonAccounts accounts;

  @Inject
  public DeactivateStaffMember(
      CurrentUser currentUser,
      AdministratorAccess access,
      StaffMemberRepository staff,
      PersonAccounts accounts) {
    this.currentUser = currentUser;
    this.access = access;
    this.staff = staff;
    this.accounts = accounts;
  }

  public void execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    StaffMember member = access.staffMember(administrator, command.staffMemberId());
    require(
        !member.id().equals(administrator.staffMemberId()),
        "cannot-deactivate-yourself",
        "You cannot deactivate yourself; ask another administrator");
    access.requireAnotherAdministratorThan(member);
    member.deactivate();
    staff.update(member);
    accounts.disable(member.id().value());
  }
}
