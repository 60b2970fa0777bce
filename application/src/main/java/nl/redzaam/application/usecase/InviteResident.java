package nl.redzaam.application.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.login.SecretTokens;
import nl.redzaam.application.login.SessionSettings;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.AccountTokenRepository.AccountToken;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Step 2: the specialist (or coach) invites the resident. The resident gets a single-use activation
 * token to choose a password with; inviting again replaces an earlier token. The resident gets it
 * by mail ({@link ActivationIssued}); the inviter gets it too, to pass on when the mail does not
 * arrive.
 */
public final class InviteResident {

  public record Command(TrajectoryId trajectoryId) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /** The token that activates the resident's account, and until when it works. */
  public record Invitation(String activationToken, Instant expiresAt) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final ResidentRepository residents;
  private final AccountTokenRepository tokens;
  private final Clock clock;
  private final SessionSettings settings;
  private final Notifications notifications;

  public InviteResident(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      ResidentRepository residents,
      AccountTokenRepository tokens,
      Clock clock,
      SessionSettings settings,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.residents = residents;
    this.tokens = tokens;
    this.clock = clock;
    this.settings = settings;
    this.notifications = notifications;
  }

  public Invitation execute(Command command) {
    Trajectory trajectory =
        access.require(
            currentUser.actor(), TrajectoryPermission.INVITE_RESIDENT, command.trajectoryId());
    Resident resident =
        residents
            .find(trajectory.residentId())
            .orElseThrow(() -> new NotFound("No resident " + trajectory.residentId()));
    Instant now = clock.now();
    trajectory.invite(now);
    trajectories.update(trajectory);

    tokens.invalidateAllOf(resident.id().value(), Purpose.ACTIVATION, now);
    String token = SecretTokens.newToken();
    Instant expiresAt = now.plus(settings.activation());
    tokens.add(
        new AccountToken(
            SecretTokens.hash(token),
            Purpose.ACTIVATION,
            resident.id().value(),
            Account.Kind.RESIDENT,
            resident.email().value(),
            now,
            expiresAt));
    List<DomainEvent> events = new ArrayList<>(trajectory.releaseEvents());
    events.add(
        new ActivationIssued(
            Account.Kind.RESIDENT,
            resident.id().value(),
            resident.email(),
            resident.firstName(),
            resident.municipalityId(),
            token,
            expiresAt,
            now));
    notifications.happened(events);
    return new Invitation(token, expiresAt);
  }
}
