package nl.redzaam.application.administration.teams;

import java.util.Comparator;
import java.util.List;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.StaffMember;

/** A coach team with its members' names, members by name. */
public record CoachTeamOverview(CoachTeam team, List<StaffMember> members) {

  public CoachTeamOverview {
    members = List.copyOf(members);
  }

  static CoachTeamOverview of(CoachTeam team, StaffMemberRepository staff) {
    return new CoachTeamOverview(
        team,
        team.members().stream()
            .flatMap(id -> staff.find(id).stream())
            .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER))
            .toList());
  }
}
