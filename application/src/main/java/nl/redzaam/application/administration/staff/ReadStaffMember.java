package nl.redzaam.application.administration.staff;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;

/** One staff member of the administrator's municipality, with the version to change it by. */
public final class ReadStaffMember {

  public record Query(StaffMemberId staffMemberId) {
    public Query {
      Objects.requireNonNull(staffMemberId, "staffMemberId");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;

  @Inject
  public ReadStaffMember(CurrentUser currentUser, AdministratorAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  public StaffMember execute(Query query) {
    return access.staffMember(access.require(currentUser.actor()), query.staffMemberId());
  }
}
