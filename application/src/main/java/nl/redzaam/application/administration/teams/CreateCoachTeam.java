package nl.redzaam.application.administration.teams;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * The administrator forms a team of coaches who stand in for each other: every member may work on
 * every other member's trajectories. Members are active coaches of the own municipality.
 */
public final class CreateCoachTeam {

  public record Command(String name, Set<StaffMemberId> members) {
    public Command {
      members = Set.copyOf(Objects.requireNonNull(members, "members"));
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final CoachTeamRepository teams;
  private final StaffMemberRepository staff;
  private final IdentityGenerator ids;

  @Inject
  public CreateCoachTeam(
      CurrentUser currentUser,
      AdministratorAccess access,
      CoachTeamRepository teams,
      StaffMemberRepository staff,
      IdentityGenerator ids) {
    this.currentUser = currentUser;
    this.access = access;
    this.teams = teams;
    this.staff = staff;
    this.ids = ids;
  }

  public CoachTeamOverview execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    CoachTeam team =
        new CoachTeam(
            new CoachTeamId(ids.newId()),
            administrator.municipalityId(),
            command.name(),
            command.members(),
            0);
    command.members().forEach(member -> access.requireCoach(administrator, member));
    teams.add(team);
    return CoachTeamOverview.of(team, staff);
  }
}
