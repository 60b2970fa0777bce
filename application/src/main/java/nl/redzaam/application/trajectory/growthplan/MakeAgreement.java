package nl.redzaam.application.trajectory.growthplan;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.domain.growthplan.AgreementId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach records an agreement made with the resident in the growth plan. The command names the
 * version of the growth plan it is based on; when someone changed the plan since, the change is
 * refused ({@link nl.redzaam.application.StaleVersion}).
 */
public final class MakeAgreement {

  public record Command(TrajectoryId trajectoryId, String description, long expectedVersion) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  /**
   * @param version the version the growth plan is stored at now, for the next change
   */
  public record Created(AgreementId id, long version) {}

  private final GrowthPlanChanges changes;
  private final IdentityGenerator ids;

  @Inject
  public MakeAgreement(GrowthPlanChanges changes, IdentityGenerator ids) {
    this.changes = changes;
    this.ids = ids;
  }

  public Created execute(Command command) {
    AgreementId id = new AgreementId(ids.newId());
    long version =
        changes.changeAt(
            command.expectedVersion(),
            command.trajectoryId(),
            (plan, by) ->
                plan.makeAgreement(
                    id, command.description(), by.coach(), by.trajectory(), by.now()));
    return new Created(id, version);
  }
}
