package nl.redzaam.application.trajectory.screening;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SelfAssessmentRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.screening.SelfAssessment;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The statements of the self-assessment a screening of this trajectory is taken with. There is one
 * instrument for every trajectory type; asking through the trajectory keeps it for participants.
 */
public final class ReadSelfAssessment {

  public record Query(TrajectoryId trajectoryId) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final SelfAssessmentRepository selfAssessments;

  @Inject
  public ReadSelfAssessment(
      CurrentUser currentUser, TrajectoryAccess access, SelfAssessmentRepository selfAssessments) {
    this.currentUser = currentUser;
    this.access = access;
    this.selfAssessments = selfAssessments;
  }

  public SelfAssessment execute(Query query) {
    access.require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId());
    return selfAssessments.current();
  }
}
