package nl.redzaam.domain.trajectory;

/**
 * When a screening was taken: at the start, in between when the situation asks for it, or at the
 * end.
 */
public enum ScreeningKind {
  START,
  INTERIM,
  END
}
