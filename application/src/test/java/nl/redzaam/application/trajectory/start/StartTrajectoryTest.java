package nl.redzaam.application.trajectory.start;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class StartTrajectoryTest {

  @Mock CurrentUser currentUser;
  @Mock MunicipalityRepository municipalities;
  @Mock StaffMemberRepository staff;
  @Mock ResidentRepository residents;
  @Mock TrajectoryRepository trajectories;
  @Mock CatalogueRepository catalogues;
  @Mock Notifications notifications;
  @Mock AccessLog accessLog;

  private Municipality municipality;
  private StartTrajectory startTrajectory;

  @BeforeEach
  void setUp() {
    municipality = Municipality.register(MUNICIPALITY, "Gemeente Voorbeeldstad");
    municipality.purchase(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT);
    when(municipalities.find(MUNICIPALITY)).thenReturn(Optional.of(municipality));
    when(staff.find(COACH)).thenReturn(Optional.of(member(COACH.value(), StaffRole.COACH)));
    when(staff.find(SPECIALIST))
        .thenReturn(Optional.of(member(SPECIALIST.value(), StaffRole.SPECIALIST)));
    when(residents.findByEmail(any())).thenReturn(Optional.empty());
    for (TrajectoryType type : TrajectoryType.values()) {
      when(catalogues.currentFor(MUNICIPALITY, type))
          .thenReturn(Optional.of(UseCaseFixtures.catalogue(type)));
    }
    startTrajectory =
        new StartTrajectory(
            currentUser,
            municipalities,
            staff,
            residents,
            trajectories,
            catalogues,
            UUID::randomUUID,
            () -> START,
            notifications,
            accessLog);
  }

  private static StaffMember member(UUID id, StaffRole role) {
    return new StaffMember(
        new nl.redzaam.domain.staff.StaffMemberId(id),
        MUNICIPALITY,
        "Iemand",
        new EmailAddress(id + "@example.org"),
        Set.of(role),
        null,
        true,
        0);
  }

  private static StartTrajectory.Command command(TrajectoryType type) {
    return new StartTrajectory.Command(
        "Lisa", "Bakker", "lisa@example.org", type, Set.of(COACH), Set.of(SPECIALIST));
  }

  @Test
  void a_specialist_starts_a_trajectory_for_a_new_resident() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());

    var id = startTrajectory.execute(command(TrajectoryType.DEBT_ASSISTANCE));

    ArgumentCaptor<Trajectory> stored = ArgumentCaptor.forClass(Trajectory.class);
    verify(trajectories).add(stored.capture());
    assertEquals(id, stored.getValue().id());
    assertEquals(Stage.SELECTED, stored.getValue().stage());
    verify(residents).add(any());
    verify(accessLog).concerns(stored.getValue().residentId(), null, null);
  }

  @Test
  void a_trajectory_starts_on_what_the_catalogues_give_for_the_municipality() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());
    nl.redzaam.domain.catalogue.Catalogue tailored =
        new nl.redzaam.domain.catalogue.CatalogueVariant(
                new nl.redzaam.domain.catalogue.CatalogueId(
                    TrajectoryType.DEBT_ASSISTANCE, 4, MUNICIPALITY),
                new nl.redzaam.domain.catalogue.CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1),
                java.time.LocalDate.of(2026, 2, 1),
                java.util.List.of())
            .applyTo(UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE));
    when(catalogues.currentFor(MUNICIPALITY, TrajectoryType.DEBT_ASSISTANCE))
        .thenReturn(Optional.of(tailored));

    startTrajectory.execute(command(TrajectoryType.DEBT_ASSISTANCE));

    ArgumentCaptor<Trajectory> stored = ArgumentCaptor.forClass(Trajectory.class);
    verify(trajectories).add(stored.capture());
    assertEquals(tailored.id(), stored.getValue().catalogueId());
  }

  @Test
  void a_type_whose_module_was_not_purchased_cannot_be_started() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());

    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> startTrajectory.execute(command(TrajectoryType.PROTECTIVE_ADMINISTRATION)));
    assertEquals("module-not-purchased", refused.rule());
    verify(trajectories, never()).add(any());
  }

  @Test
  void a_coach_cannot_start_a_trajectory_that_needs_a_specialist() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.coach());

    assertThrows(
        AccessDenied.class, () -> startTrajectory.execute(command(TrajectoryType.DEBT_ASSISTANCE)));
  }

  @Test
  void a_resident_with_a_running_trajectory_cannot_get_a_second_one() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());
    startTrajectory.execute(command(TrajectoryType.DEBT_ASSISTANCE));
    ArgumentCaptor<Trajectory> first = ArgumentCaptor.forClass(Trajectory.class);
    verify(trajectories).add(first.capture());
    ArgumentCaptor<nl.redzaam.domain.resident.Resident> resident =
        ArgumentCaptor.forClass(nl.redzaam.domain.resident.Resident.class);
    verify(residents).add(resident.capture());
    when(residents.findByEmail(new EmailAddress("lisa@example.org")))
        .thenReturn(Optional.of(resident.getValue()));
    when(trajectories.ofResident(resident.getValue().id())).thenReturn(List.of(first.getValue()));

    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> startTrajectory.execute(command(TrajectoryType.DEBT_ASSISTANCE)));
    assertEquals("resident-has-running-trajectory", refused.rule());
  }

  @Test
  void someone_who_is_not_a_coach_of_the_municipality_cannot_be_made_coach() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());
    var command =
        new StartTrajectory.Command(
            "Lisa",
            "Bakker",
            "lisa@example.org",
            TrajectoryType.DEBT_ASSISTANCE,
            Set.of(SPECIALIST),
            Set.of(SPECIALIST));

    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> startTrajectory.execute(command));
    assertEquals("unknown-coach", refused.rule());
  }
}
