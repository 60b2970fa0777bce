package nl.redzaam.domain.method;

/** The three evaluation moments: the start conversation, the mid evaluation and the final one. */
public enum EvaluationKind {
  START,
  MID,
  FINAL
}
