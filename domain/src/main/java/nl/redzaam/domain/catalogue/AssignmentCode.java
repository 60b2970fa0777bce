package nl.redzaam.domain.catalogue;

import nl.redzaam.domain.shared.RuleViolation;

/** Identifies an assignment within a catalogue or a trajectory, for example {@code SHV-05-2}. */
public record AssignmentCode(String value) {
  public AssignmentCode {
    if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}")) {
      throw new RuleViolation("invalid-assignment-code", "Not a valid assignment code: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
