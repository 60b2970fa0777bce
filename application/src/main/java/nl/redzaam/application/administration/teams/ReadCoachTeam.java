package nl.redzaam.application.administration.teams;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.staff.CoachTeamId;

/** One coach team of the administrator's municipality. */
public final class ReadCoachTeam {

  public record Query(CoachTeamId teamId) {
    public Query {
      Objects.requireNonNull(teamId, "teamId");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final StaffMemberRepository staff;

  @Inject
  public ReadCoachTeam(
      CurrentUser currentUser, AdministratorAccess access, StaffMemberRepository staff) {
    this.currentUser = currentUser;
    this.access = access;
    this.staff = staff;
  }

  public CoachTeamOverview execute(Query query) {
    return CoachTeamOverview.of(
        access.team(access.require(currentUser.actor()), query.teamId()), staff);
  }
}
