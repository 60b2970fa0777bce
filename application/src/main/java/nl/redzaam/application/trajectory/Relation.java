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
  SUPPORT_WORKER,
  /**
   * A staff member holding the administrator role, of the trajectory's municipality. It counts only
   * for the permissions granted to it (the final report, which the municipality keeps and may have
   * to hand over); for anything else an administrator has no relation and gets "not found".
   */
  ADMINISTRATOR
}
