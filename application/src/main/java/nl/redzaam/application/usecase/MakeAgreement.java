package nl.redzaam.application.usecase;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.domain.trajectory.AgreementId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach records an agreement made with the resident in the growth plan. The command names the
 * version of the trajectory it is based on; when someone changed the trajectory since, the change
 * is refused ({@link nl.redzaam.application.StaleVersion}).
 */
public final class MakeAgreement {

  public record Command(TrajectoryId trajectoryId, String description, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param version the version the trajectory is stored at now, for the next change
   */
  public record Created(AgreementId id, long version) {}

  private final TrajectoryChanges changes;
  private final IdentityGenerator ids;

  @Inject
  public MakeAgreement(TrajectoryChanges changes, IdentityGenerator ids) {
    this.changes = changes;
    this.ids = ids;
  }

  public Created execute(Command command) {
    AgreementId id = new AgreementId(ids.newId());
    long version =
        changes.changeAt(
            command.expectedVersion(),
            command.trajectoryId(),
            TrajectoryPermission.EDIT_GROWTH_PLAN,
            (trajectory, by) ->
                trajectory.makeAgreement(
                    id, command.description(), by.staff("keep the growth plan"), by.now()));
    return new Created(id, version);
  }
}
