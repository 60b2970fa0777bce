package nl.redzaam.application.port;

import java.util.Optional;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Stores the advice to the sub-district court, at most one per trajectory. Updates are optimistic:
 * stale advice is refused, never merged.
 */
public interface CourtAdviceRepository {

  Optional<CourtAdvice> find(TrajectoryId trajectory);

  /**
   * Stores the first advice of a trajectory, at version 1.
   *
   * @throws ConcurrentUpdateException when someone else stored one at the same time
   */
  void add(CourtAdvice advice);

  /**
   * Stores changed advice loaded earlier, from {@link CourtAdvice#version()} to {@code version() +
   * 1}.
   *
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(CourtAdvice advice);
}
