package nl.redzaam.application.trajectory;

/** How someone relates to one trajectory; permissions are granted to relations, not to people. */
public enum Relation {
  /** The resident whose trajectory it is. */
  RESIDENT,
  /** A coach of the trajectory. */
  COACH,
  /** A coach in a team with one of the trajectory's coaches, standing in for them. */
  STAND_IN_COACH,
  /** A specialist of the trajectory. */
  SPECIALIST,
  /** A worker of a support organisation the resident has granted access and not revoked. */
  SUPPORT_WORKER
}
