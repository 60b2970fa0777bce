package nl.redzaam.application.usecase;

import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.Trajectory;

/**
 * Changes to a trajectory that two people may make at the same time (the growth plan) name the
 * version they were based on. The change goes ahead only while that is still the stored version;
 * otherwise nobody's work is silently overwritten.
 */
final class ExpectedVersion {

  private ExpectedVersion() {}

  /** Refuses when the loaded trajectory is no longer at the version the caller read. */
  static void check(Trajectory trajectory, long expectedVersion) {
    if (trajectory.version() != expectedVersion) {
      throw new StaleVersion(
          "The trajectory is at version "
              + trajectory.version()
              + ", not "
              + expectedVersion
              + ": someone changed it since you read it",
          null);
    }
  }

  /**
   * Stores the change; a writer who got in between the check and the store is refused the same way.
   *
   * @return the version the trajectory is stored at now
   */
  static long store(TrajectoryRepository trajectories, Trajectory trajectory) {
    try {
      trajectories.update(trajectory);
    } catch (ConcurrentUpdateException e) {
      throw new StaleVersion("Someone changed the trajectory while this change was stored", e);
    }
    return trajectory.version() + 1;
  }
}
