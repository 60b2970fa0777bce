/**
 * Screening instruments the method ships itself: the self-assessment ({@link
 * nl.redzaam.domain.screening.SelfAssessment}) for municipalities without another instrument. Its
 * answers become a {@link nl.redzaam.domain.trajectory.ScreeningResult} with one score per theme.
 * This package depends on the trajectory and method packages; nothing in the domain depends on it.
 */
package nl.redzaam.domain.screening;
