package nl.redzaam.application.trajectory.start;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.RESIDENT;
import static nl.redzaam.application.fixtures.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.login.SessionSettings;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class InviteResidentTest {

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock ResidentRepository residents;
  @Mock AccountTokenRepository tokens;
  @Mock Notifications notifications;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;

  private final Clock clock = () -> START;

  @Test
  @SuppressWarnings("unchecked")
  void the_invitation_is_announced_with_the_token_for_the_mail() {
    Trajectory trajectory =
        Trajectory.start(
            new TrajectoryId(UUID.randomUUID()),
            MUNICIPALITY,
            RESIDENT,
            UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE),
            Set.of(COACH),
            Set.of(SPECIALIST),
            SPECIALIST,
            START.minusSeconds(3600));
    trajectory.releaseEvents();
    Resident resident =
        new Resident(
            RESIDENT,
            MUNICIPALITY,
            "Lisa",
            "Bakker",
            new EmailAddress("lisa@voorbeeldstad.example"),
            0);
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());
    when(trajectories.find(trajectory.id())).thenReturn(Optional.of(trajectory));
    when(residents.find(RESIDENT)).thenReturn(Optional.of(resident));

    InviteResident.Invitation invitation =
        new InviteResident(
                new TrajectoryChanges(
                    currentUser,
                    new TrajectoryAccess(trajectories, teams, grants, accessLog),
                    trajectories,
                    null,
                    clock,
                    notifications),
                residents,
                tokens,
                SessionSettings.DEFAULTS)
            .execute(new InviteResident.Command(trajectory.id()));

    ArgumentCaptor<List<DomainEvent>> events = ArgumentCaptor.forClass(List.class);
    verify(notifications).happened(events.capture());
    assertEquals(
        new TrajectoryEvent.ResidentInvited(trajectory.id(), RESIDENT, START),
        events.getValue().get(0));
    ActivationIssued mailed = assertInstanceOf(ActivationIssued.class, events.getValue().get(1));
    assertEquals(
        new ActivationIssued(
            Account.Kind.RESIDENT,
            RESIDENT.value(),
            resident.email(),
            "Lisa",
            MUNICIPALITY,
            invitation.activationToken(),
            invitation.expiresAt(),
            START),
        mailed);
  }
}
