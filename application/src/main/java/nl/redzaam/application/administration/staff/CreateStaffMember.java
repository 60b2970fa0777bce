package nl.redzaam.application.administration.staff;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.administration.PersonAccounts;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.trajectory.start.InviteResident;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;

/**
 * The administrator adds a coach, specialist or administrator. The new colleague gets an activation
 * link to choose a password with, as an invited resident does; until the mail adapter sends it, the
 * administrator passes it on.
 */
public final class CreateStaffMember {

  /**
   * @param organisation the outside organisation a specialist works for; null for the
   *     municipality's own staff
   */
  public record Command(String name, String email, Set<StaffRole> roles, String organisation) {
    public Command {
      Objects.requireNonNull(email, "email");
      roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }
  }

  public record Created(StaffMember staffMember, InviteResident.Invitation invitation) {}

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final StaffMemberRepository staff;
  private final PersonAccounts accounts;
  private final IdentityGenerator ids;

  @Inject
  public CreateStaffMember(
      CurrentUser currentUser,
      AdministratorAccess access,
      StaffMemberRepository staff,
      PersonAccounts accounts,
      IdentityGenerator ids) {
    this.currentUser = currentUser;
    this.access = access;
    this.staff = staff;
    this.accounts = accounts;
    this.ids = ids;
  }

  public Created execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    EmailAddress email = new EmailAddress(command.email());
    StaffMember member =
        StaffMember.register(
            new StaffMemberId(ids.newId()),
            administrator.municipalityId(),
            command.name(),
            email,
            command.roles(),
            command.organisation());
    accounts.requireUnused(email);
    staff.add(member);
    return new Created(
        member,
        accounts.invite(member.id().value(), Account.Kind.STAFF, email, member.municipalityId()));
  }
}
