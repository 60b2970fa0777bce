package nl.redzaam.domain.staff;

/** What a professional may do in the work environment; one person can hold several roles. */
public enum StaffRole {
  COACH,
  SPECIALIST,
  ADMINISTRATOR
}
