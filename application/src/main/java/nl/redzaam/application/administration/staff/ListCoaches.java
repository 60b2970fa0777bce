package nl.redzaam.application.administration.staff;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Objects;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;

/**
 * The active coaches of the caller's municipality by name, so that a specialist can choose who
 * coaches a trajectory they start. Any staff member may read it; names only, no addresses.
 */
public final class ListCoaches {

  public record Query(PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
    }
  }

  private final CurrentUser currentUser;
  private final StaffMemberRepository staff;

  @Inject
  public ListCoaches(CurrentUser currentUser, StaffMemberRepository staff) {
    this.currentUser = currentUser;
    this.staff = staff;
  }

  public PageRequest.ResultPage<StaffMember> execute(Query query) {
    StaffActor actor =
        TrajectoryAccess.staff(currentUser.actor(), "see the municipality's coaches");
    return query
        .page()
        .of(
            staff.ofMunicipality(actor.municipalityId()).stream()
                .filter(member -> member.municipalityId().equals(actor.municipalityId()))
                .filter(StaffMember::active)
                .filter(member -> member.holds(StaffRole.COACH))
                .sorted(
                    Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(member -> member.id().value()))
                .toList());
  }
}
