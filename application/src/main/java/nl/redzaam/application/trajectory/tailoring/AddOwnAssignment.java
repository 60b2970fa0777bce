package nl.redzaam.application.trajectory.tailoring;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach adds an assignment of their own for this resident, for the current week or a later one.
 */
public final class AddOwnAssignment {

  public record Command(
      TrajectoryId trajectoryId,
      int week,
      Theme theme,
      String title,
      String instruction,
      List<Question> questions) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(theme, "theme");
      questions = List.copyOf(questions);
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public AddOwnAssignment(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public AssignmentCode execute(Command command) {
    return changes.changeReturning(
        command.trajectoryId(),
        TrajectoryPermission.TAILOR,
        (trajectory, by) ->
            trajectory.addOwnAssignment(
                command.week(),
                command.theme(),
                command.title(),
                command.instruction(),
                command.questions(),
                by.staff("tailor the trajectory"),
                by.now()));
  }
}
