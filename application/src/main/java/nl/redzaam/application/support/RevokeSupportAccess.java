package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The resident takes back a support organisation's access. It counts at once: grants are read on
 * every request, so the organisation's workers no longer see the trajectory from their next request
 * on.
 */
public final class RevokeSupportAccess {

  public record Command(TrajectoryId trajectoryId, SupportGrantId grantId) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(grantId, "grantId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final SupportGrantRepository grants;
  private final Clock clock;

  @Inject
  public RevokeSupportAccess(
      CurrentUser currentUser,
      TrajectoryAccess access,
      SupportGrantRepository grants,
      Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.grants = grants;
    this.clock = clock;
  }

  public void execute(Command command) {
    access.require(
        currentUser.actor(), TrajectoryPermission.MANAGE_SUPPORT_ACCESS, command.trajectoryId());
    SupportGrant grant =
        grants
            .find(command.grantId())
            .filter(g -> g.trajectoryId().equals(command.trajectoryId()))
            .orElseThrow(() -> new NotFound("No access grant " + command.grantId()));
    grant.revoke(clock.now());
    grants.update(grant);
  }
}
