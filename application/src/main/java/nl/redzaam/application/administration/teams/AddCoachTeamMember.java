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

/** The administrator adds an active coach of the own municipality to a team. */
public final class AddCoachTeamMember {

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
  public AddCoachTeamMember(
      CurrentUser currentUser, AdministratorAccess access, CoachTeamRepository teams) {
    this.currentUser = currentUser;
    this.access = access;
    this.teams = teams;
  }

  /** Adding a member twice changes nothing. */
  public void execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    CoachTeam team = access.team(administrator, command.teamId());
    access.requireCoach(administrator, command.coachId());
    if (!team.has(command.coachId())) {
      team.add(command.coachId());
      teams.update(team);
    }
  }
}
