package nl.redzaam.application.administration.staff;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Objects;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;

/** The administrator's list of the municipality's staff, deactivated ones included, by name. */
public final class ListStaffMembers {

  /**
   * @param role only staff members holding this role; null for everyone
   */
  public record Query(StaffRole role, PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final StaffMemberRepository staff;

  @Inject
  public ListStaffMembers(
      CurrentUser currentUser, AdministratorAccess access, StaffMemberRepository staff) {
    this.currentUser = currentUser;
    this.access = access;
    this.staff = staff;
  }

  public ResultPage<StaffMember> execute(Query query) {
    StaffActor administrator = access.require(currentUser.actor());
    return query
        .page()
        .of(
            staff.ofMunicipality(administrator.municipalityId()).stream()
                .filter(s -> s.municipalityId().equals(administrator.municipalityId()))
                .filter(s -> query.role() == null || s.roles().contains(query.role()))
                .sorted(
                    Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(s -> s.id().value()))
                .toList());
  }
}
