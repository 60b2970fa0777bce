package nl.redzaam.application.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Stores trajectories. Updates are optimistic: a stale trajectory is refused, never merged. */
public interface TrajectoryRepository {

  Optional<Trajectory> find(TrajectoryId id);

  /** Stores a new trajectory. */
  void add(Trajectory trajectory);

  /**
   * Stores the changes to a trajectory loaded earlier. Every update raises the stored version by
   * exactly one, from {@link Trajectory#version()} to {@code version() + 1}.
   *
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(Trajectory trajectory);

  /** The trajectories in which this staff member is a coach, closed ones included. */
  List<Trajectory> withCoach(StaffMemberId coach);

  /**
   * The trajectories with these ids, each once, in a fixed number of queries however many (the page
   * of a caseload); unknown ids are left out.
   */
  List<Trajectory> findAll(Set<TrajectoryId> ids);

  /** The trajectories in which this staff member is a specialist, closed ones included. */
  List<Trajectory> withSpecialist(StaffMemberId specialist);

  /** Every trajectory that is not closed, of all municipalities (for the scheduled mails). */
  List<Trajectory> running();

  /** All trajectories of one resident, most recent first. */
  List<Trajectory> ofResident(ResidentId resident);
}
