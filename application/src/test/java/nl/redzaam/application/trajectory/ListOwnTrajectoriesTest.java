package nl.redzaam.application.trajectory;

import static nl.redzaam.application.fixtures.UseCaseFixtures.RESIDENT;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListOwnTrajectoriesTest {

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock AccessLog accessLog;

  private final Clock clock = () -> START.plusSeconds(3600);

  private ListOwnTrajectories useCase() {
    return new ListOwnTrajectories(currentUser, trajectories, accessLog, clock);
  }

  @Test
  void the_resident_finds_her_trajectory_and_the_read_is_logged() {
    Trajectory trajectory =
        UseCaseFixtures.trajectoryInCoaching(
            UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE));
    when(currentUser.actor()).thenReturn(UseCaseFixtures.resident());
    when(trajectories.ofResident(RESIDENT)).thenReturn(List.of(trajectory));

    var own = useCase().execute();

    assertEquals(1, own.size());
    assertEquals(trajectory.id(), own.get(0).trajectoryId());
    assertEquals(Stage.COACHING_PART_ONE, own.get(0).stage());
    assertEquals(1, own.get(0).currentWeek());
    verify(accessLog).concerns(RESIDENT, trajectory.id(), null);
  }

  @Test
  void a_trajectory_of_another_municipality_is_left_out() {
    Trajectory trajectory =
        UseCaseFixtures.trajectoryInCoaching(
            UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE));
    when(currentUser.actor())
        .thenReturn(new Actor.ResidentActor(RESIDENT, UseCaseFixtures.OTHER_MUNICIPALITY));
    when(trajectories.ofResident(RESIDENT)).thenReturn(List.of(trajectory));

    assertEquals(List.of(), useCase().execute());
    verify(accessLog, never()).concerns(any(), any(), any());
  }

  @Test
  void staff_members_have_no_trajectories_of_their_own() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.coach());

    assertThrows(AccessDenied.class, () -> useCase().execute());
  }
}
