package nl.redzaam.application.administration.teams;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Objects;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.staff.CoachTeam;

/** The municipality's coach teams by name, with their members. */
public final class ListCoachTeams {

  public record Query(PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final CoachTeamRepository teams;
  private final StaffMemberRepository staff;

  @Inject
  public ListCoachTeams(
      CurrentUser currentUser,
      AdministratorAccess access,
      CoachTeamRepository teams,
      StaffMemberRepository staff) {
    this.currentUser = currentUser;
    this.access = access;
    this.teams = teams;
    this.staff = staff;
  }

  public ResultPage<CoachTeamOverview> execute(Query query) {
    StaffActor administrator = access.require(currentUser.actor());
    return query
        .page()
        .of(
            teams.ofMunicipality(administrator.municipalityId()).stream()
                .filter(t -> t.municipalityId().equals(administrator.municipalityId()))
                .sorted(
                    Comparator.comparing(CoachTeam::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(t -> t.id().value()))
                .toList())
        .map(team -> CoachTeamOverview.of(team, staff));
  }
}
