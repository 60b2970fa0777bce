package nl.redzaam.application.administration.teams;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * The administrator takes a coach out of a team; from the next request on, they no longer stand in
 * for the other members.
 */
public final class RemoveCoachTeamMember {

  public record Command(CoachTeamId teamId, StaffMemberId coachId) {
    public Command {
      Objects.requireNonNull(teamId, "teamId");
      Objects.requireNonNull(coachId, "coachId");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final CoachTeamRepository teams;

  @Inject
  public RemoveCoachTeamMember(
      CurrentUser currentUser, AdministratorAccess access, CoachTeamRepository teams) {
    this.currentUser = currentUser;
    this.access = access;
    this.teams = teams;
  }

  /** Removing someone who is not a member changes nothing. */
  public void execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    CoachTeam team = access.team(administrator, command.teamId());
    if (team.has(command.coachId())) {
      team.remove(command.coachId());
      teams.update(team);
    }
  }
}
