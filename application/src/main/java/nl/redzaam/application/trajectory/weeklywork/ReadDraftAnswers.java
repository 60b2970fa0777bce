package nl.redzaam.application.trajectory.weeklywork;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.CatalogueOf;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.Answer;
import nl.redzaam.domain.trajectory.AssignmentProgress;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The resident reads back their draft answers to an assignment. Only the resident: a draft is work
 * in progress, not handed in, so the permission is the one to answer, not the one to view.
 */
public final class ReadDraftAnswers {

  public record Query(TrajectoryId trajectoryId, AssignmentCode assignment) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
    }
  }

  /**
   * @param answers in question order; empty when there is no draft
   * @param savedAt null when there is no draft
   */
  public record Draft(AssignmentCode assignment, List<Answer> answers, Instant savedAt) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final CatalogueRepository catalogues;

  @Inject
  public ReadDraftAnswers(
      CurrentUser currentUser, TrajectoryAccess access, CatalogueRepository catalogues) {
    this.currentUser = currentUser;
    this.access = access;
    this.catalogues = catalogues;
  }

  public Draft execute(Query query) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.ANSWER_ASSIGNMENTS, query.trajectoryId());
    TrajectoryAccess.resident(actor, "read a draft");
    if (!trajectory.hasAssignment(
        query.assignment(), CatalogueOf.trajectory(catalogues, trajectory))) {
      throw new NotFound("No assignment " + query.assignment());
    }
    AssignmentProgress progress = trajectory.progress(query.assignment());
    return new Draft(query.assignment(), progress.draft(), progress.draftSavedAt());
  }
}
