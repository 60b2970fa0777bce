package nl.redzaam.domain.budget;

/** Who is looking at or changing a budget plan, as far as the plan's rules care. */
public enum Party {
  /** The resident whose plan it is: bound by the right a professional gave them. */
  RESIDENT,
  /** A coach (or stand-in) or specialist of the trajectory: reads and edits. */
  PROFESSIONAL,
  /** A support organisation's worker with the resident's grant: reads what the resident may. */
  SUPPORT_WORKER
}
