package nl.redzaam.application.usecase;

import java.util.Map;
import java.util.Objects;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The resident saves answers to an assignment as a draft, without handing them in. Nobody is told:
 * a draft is the resident's own work in progress.
 */
public final class SaveDraftAnswers {

  public record Command(
      TrajectoryId trajectoryId, AssignmentCode assignment, Map<String, String> answers) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(assignment, "assignment");
      answers = Map.copyOf(answers);
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final TrajectoryRepository trajectories;
  private final CatalogueRepository catalogues;
  private final Clock clock;

  public SaveDraftAnswers(
      CurrentUser currentUser,
      TrajectoryAccess access,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.trajectories = trajectories;
    this.catalogues = catalogues;
    this.clock = clock;
  }

  public void execute(Command command) {
    var actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.ANSWER_ASSIGNMENTS, command.trajectoryId());
    TrajectoryAccess.resident(actor, "save a draft");
    trajectory.saveDraft(
        command.assignment(),
        command.answers(),
        CatalogueOf.trajectory(catalogues, trajectory),
        clock.now());
    trajectories.update(trajectory);
  }
}
