package nl.redzaam.domain.plantedholder;

import nl.redzaam.domain.trajectory.Trajectory;

/** Planted violation: an aggregate holding another aggregate by object instead of by id. */
public class HoldsAnotherAggregate {
  Trajectory trajectory;
}
