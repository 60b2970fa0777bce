package nl.redzaam.application.administration.teams;

import static nl.redzaam.application.fixtures.InMemoryAdministration.MUNICIPALITY;
import static nl.redzaam.application.fixtures.InMemoryAdministration.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoachTeamUseCasesTest {

  private final InMemoryAdministration memory = new InMemoryAdministration();
  private StaffMember admin;
  private StaffMember sanne;
  private StaffMember bram;

  private final ListCoachTeams list =
      new ListCoachTeams(
          memory.currentUser, memory.administratorAccess, memory.teams, memory.staff);
  private final ReadCoachTeam read =
      new ReadCoachTeam(memory.currentUser, memory.administratorAccess, memory.staff);
  private final CreateCoachTeam create =
      new CreateCoachTeam(
          memory.currentUser, memory.administratorAccess, memory.teams, memory.staff, memory.ids);
  private final AddCoachTeamMember add =
      new AddCoachTeamMember(memory.currentUser, memory.administratorAccess, memory.teams);
  private final RemoveCoachTeamMember remove =
      new RemoveCoachTeamMember(memory.currentUser, memory.administratorAccess, memory.teams);

  @BeforeEach
  void setUp() {
    admin = memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR);
    sanne = memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH);
    bram = memory.staffMember(MUNICIPALITY, "Bram Bos", StaffRole.COACH);
    memory.actAs(admin);
  }

  private CoachTeam team(String name, StaffMember... members) {
    CoachTeamId id =
        create
            .execute(
                new CreateCoachTeam.Command(
                    name, Stream.of(members).map(StaffMember::id).collect(Collectors.toSet())))
            .team()
            .id();
    return memory.teamStore.get(id);
  }

  @Test
  void the_administrator_forms_a_team_of_coaches() {
    CoachTeam team = team("Team Noord", sanne, bram);

    assertEquals(MUNICIPALITY, team.municipalityId());
    assertEquals(Set.of(sanne.id(), bram.id()), team.members());
    assertEquals(
        List.of("Bram Bos", "Sanne Jansen"),
        read.execute(new ReadCoachTeam.Query(team.id())).members().stream()
            .map(StaffMember::name)
            .toList());
  }

  @Test
  void only_active_coaches_of_the_own_municipality_can_be_members() {
    StaffMember specialist = memory.staffMember(MUNICIPALITY, "Peter Vries", StaffRole.SPECIALIST);
    StaffMember elsewhere = memory.staffMember(OTHER, "Anna Elders", StaffRole.COACH);
    CoachTeam team = team("Team Noord", sanne);

    for (StaffMember unfit : List.of(specialist, elsewhere)) {
      RuleViolation refused =
          assertThrows(
              RuleViolation.class,
              () -> add.execute(new AddCoachTeamMember.Command(team.id(), unfit.id())));
      assertEquals("unknown-coach", refused.rule());
    }
    assertThrows(
        RuleViolation.class,
        () -> create.execute(new CreateCoachTeam.Command("Team Zuid", Set.of(elsewhere.id()))));
    assertEquals(Set.of(sanne.id()), memory.teamStore.get(team.id()).members());
    assertEquals(1, memory.teamStore.size());
  }

  @Test
  void members_are_added_and_removed() {
    CoachTeam team = team("Team Noord", sanne);

    add.execute(new AddCoachTeamMember.Command(team.id(), bram.id()));
    assertTrue(memory.teamStore.get(team.id()).has(bram.id()));

    remove.execute(new RemoveCoachTeamMember.Command(team.id(), sanne.id()));
    assertFalse(memory.teamStore.get(team.id()).has(sanne.id()));
    assertEquals(Set.of(bram.id()), memory.teamStore.get(team.id()).members());
  }

  @Test
  void the_list_holds_only_the_own_municipalitys_teams() {
    team("Team Zuid", sanne);
    team("Team Noord", bram);
    memory.teams.add(
        new CoachTeam(new CoachTeamId(UUID.randomUUID()), OTHER, "Team Elders", Set.of(), 0));

    var page = list.execute(new ListCoachTeams.Query(PageRequest.FIRST));

    assertEquals(2, page.totalItems());
    assertEquals(
        List.of("Team Noord", "Team Zuid"),
        page.items().stream().map(t -> t.team().name()).toList());
  }

  @Test
  void an_administrator_of_another_municipality_gets_404() {
    CoachTeam team = team("Team Noord", sanne);
    memory.actAs(memory.staffMember(OTHER, "Anna Elders", StaffRole.ADMINISTRATOR));

    assertThrows(NotFound.class, () -> read.execute(new ReadCoachTeam.Query(team.id())));
    assertThrows(
        NotFound.class,
        () -> remove.execute(new RemoveCoachTeamMember.Command(team.id(), sanne.id())));
    assertTrue(memory.teamStore.get(team.id()).has(sanne.id()));
    assertEquals(0, list.execute(new ListCoachTeams.Query(PageRequest.FIRST)).totalItems());
  }

  @Test
  void a_coach_may_not_arrange_teams() {
    CoachTeam team = team("Team Noord", sanne);
    memory.actAs(bram);

    assertThrows(
        AccessDenied.class,
        () -> add.execute(new AddCoachTeamMember.Command(team.id(), bram.id())));
    assertFalse(memory.teamStore.get(team.id()).has(bram.id()));
  }
}
