package nl.redzaam.application.administration.staff;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.logging.Logger;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SecondFactorRepository;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * A colleague lost the phone with their authenticator and their recovery codes: the administrator
 * removes the second factor, and every session of the colleague ends. At the next login the
 * colleague sets up a new one (when required) or logs in with the password alone. Written to the
 * access log as a change to that staff member, and to the server log.
 */
public final class ResetSecondFactor {

  private static final Logger LOG = Logger.getLogger(ResetSecondFactor.class.getName());

  public record Command(StaffMemberId staffMemberId) {
    public Command {
      Objects.requireNonNull(staffMemberId, "staffMemberId");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final SecondFactorRepository factors;
  private final SessionRepository sessions;

  @Inject
  public ResetSecondFactor(
      CurrentUser currentUser,
      AdministratorAccess access,
      SecondFactorRepository factors,
      SessionRepository sessions) {
    this.currentUser = currentUser;
    this.access = access;
    this.factors = factors;
    this.sessions = sessions;
  }

  public void execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    StaffMember member = access.staffMember(administrator, command.staffMemberId());
    factors.remove(member.id().value());
    sessions.removeAllOf(member.id().value());
    LOG.info(
        () ->
            "Administrator "
                + administrator.staffMemberId()
                + " reset the second factor of staff member "
                + member.id());
  }
}
