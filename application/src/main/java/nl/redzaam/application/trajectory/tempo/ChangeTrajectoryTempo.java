package nl.redzaam.application.trajectory.tempo;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.trajectory.Tempo;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A coach pauses, resumes, speeds up or slows down a trajectory. */
public final class ChangeTrajectoryTempo {

  public enum Change {
    PAUSE,
    RESUME,
    FASTER,
    NORMAL,
    SLOWER
  }

  public record Command(TrajectoryId trajectoryId, Change change) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(change, "change");
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public ChangeTrajectoryTempo(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.CHANGE_TEMPO,
        (trajectory, by) -> {
          var coach = by.staff("change the tempo");
          switch (command.change()) {
            case PAUSE -> trajectory.pause(coach, by.now());
            case RESUME -> trajectory.resume(coach, by.now());
            case FASTER -> trajectory.changeTempo(Tempo.FASTER, coach, by.now());
            case NORMAL -> trajectory.changeTempo(Tempo.NORMAL, coach, by.now());
            case SLOWER -> trajectory.changeTempo(Tempo.SLOWER, coach, by.now());
          }
        });
  }
}
