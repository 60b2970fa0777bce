package nl.redzaam.domain.trajectory;

/** Where one assignment stands for the resident. */
public enum ProgressState {
  OPEN,
  SUBMITTED,
  APPROVED,
  NEEDS_REWORK,
  SKIPPED
}
