package nl.redzaam.application.port;

import nl.redzaam.domain.screening.SelfAssessment;

/**
 * The method's own screening instrument, for municipalities without another one. Published versions
 * never change.
 */
public interface SelfAssessmentRepository {

  /** The version a new screening is taken with. */
  SelfAssessment current();
}
