package nl.redzaam.application.port;

import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The access log: who read or changed a resident's data, when, from where and with what result. Use
 * cases say whose data a request concerns; the adapter appends the record once the outcome of the
 * request is known, also when it failed.
 */
public interface AccessLog {

  /**
   * The current request reads or changes this resident's data.
   *
   * @param trajectory the trajectory concerned, or null
   * @param onBehalfOf for whom the actor acts (a support organisation, the coach they stand in
   *     for), or null
   */
  void concerns(ResidentId resident, TrajectoryId trajectory, String onBehalfOf);
}
