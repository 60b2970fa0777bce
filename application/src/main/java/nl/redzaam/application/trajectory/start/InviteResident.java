package nl.redzaam.application.trajectory.start;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.login.SecretTokens;
import nl.redzaam.application.login.SessionSettings;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.AccountTokenRepository.AccountToken;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.resident.Resident;
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

  private final TrajectoryChanges changes;
  private final ResidentRepository residents;
  private final AccountTokenRepository tokens;
  private final SessionSettings settings;

  @Inject
  public InviteResident(
      TrajectoryChanges changes,
      ResidentRepository residents,
      AccountTokenRepository tokens,
      SessionSettings settings) {
    this.changes = changes;
    this.residents = residents;
    this.tokens = tokens;
    this.settings = settings;
  }

  public Invitation execute(Command command) {
    return changes.changeReturning(
        command.trajectoryId(),
        TrajectoryPermission.INVITE_RESIDENT,
        (trajectory, by) -> {
          Resident resident =
              residents
                  .find(trajectory.residentId())
                  .orElseThrow(() -> new NotFound("No resident " + trajectory.residentId()));
          trajectory.invite(by.now());
          Invitation invitation = issueActivation(resident, by.now());
          by.alsoPublish(
              new ActivationIssued(
                  Account.Kind.RESIDENT,
                  resident.id().value(),
                  resident.email(),
                  resident.firstName(),
                  resident.municipalityId(),
                  invitation.activationToken(),
                  invitation.expiresAt(),
                  by.now()));
          return invitation;
        });
  }

  /** A new activation token; an earlier one stops working. */
  private Invitation issueActivation(Resident resident, Instant now) {
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
    return new Invitation(token, expiresAt);
  }
}
