package nl.redzaam.domain.trajectory;

/** The part someone plays in a trajectory. */
public enum ParticipantRole {
  RESIDENT,
  COACH,
  SPECIALIST
}
