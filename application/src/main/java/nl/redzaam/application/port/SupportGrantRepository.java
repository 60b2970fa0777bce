package nl.redzaam.application.port;

import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.trajectory.TrajectoryId;

public interface SupportGrantRepository {

  Optional<SupportGrant> find(SupportGrantId id);

  /** Every grant of the trajectory, revoked ones included, oldest first. */
  List<SupportGrant> ofTrajectory(TrajectoryId trajectory);

  /** The grants of this organisation that have not been revoked. */
  List<SupportGrant> activeOfOrganisation(SupportOrganisationId organisation);

  void add(SupportGrant grant);

  /**
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(SupportGrant grant);
}
