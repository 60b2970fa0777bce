package nl.redzaam.adapters.rest.v1;

import nl.redzaam.domain.catalogue.AssignmentCode;

/** Path values of the trajectory-work resources (notes, drafts, growth plan, tailoring). */
public final class WorkPaths {

  private WorkPaths() {}

  public static AssignmentCode assignmentCode(String pathValue) {
    return new AssignmentCode(pathValue);
  }
}
