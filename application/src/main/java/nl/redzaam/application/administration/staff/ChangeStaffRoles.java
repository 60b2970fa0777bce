package nl.redzaam.application.administration.staff;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;

/**
 * The administrator sets the roles of a staff member. The municipality always keeps at least one
 * active administrator, so nobody locks the municipality out of its own administration.
 */
public final class ChangeStaffRoles {

  public record Command(StaffMemberId staffMemberId, Set<StaffRole> roles, long expectedVersion) {
    public Command {
      Objects.requireNonNull(staffMemberId, "staffMemberId");
      roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final StaffMemberRepository staff;

  @Inject
  public ChangeStaffRoles(
      CurrentUser currentUser, AdministratorAccess access, StaffMemberRepository staff) {
    this.currentUser = currentUser;
    this.access = access;
    this.staff = staff;
  }

  public void execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    StaffMember member = access.staffMember(administrator, command.staffMemberId());
    StaleVersion.require(command.expectedVersion(), member.version(), "The staff member");
    if (!command.roles().contains(StaffRole.ADMINISTRATOR)) {
      access.requireAnotherAdministratorThan(member);
    }
    // Grant first: the domain refuses to take away a member's last role.
    command.roles().forEach(member::grant);
    for (StaffRole role : StaffRole.values()) {
      if (!command.roles().contains(role)) {
        member.revoke(role);
      }
    }
    staff.update(member);
  }
}
