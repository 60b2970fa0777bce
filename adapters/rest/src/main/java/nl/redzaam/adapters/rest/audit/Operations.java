package nl.redzaam.adapters.rest.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

/** The name of the operation a request reached: its path template, never the values in it. */
final class Operations {

  private Operations() {}

  /** For example {@code /v1/trajectories/{trajectoryId}}. */
  static String template(ResourceInfo resource) {
    Path onClass = resource.getResourceClass().getAnnotation(Path.class);
    Path onMethod = resource.getResourceMethod().getAnnotation(Path.class);
    return (onClass == null ? "" : onClass.value()) + (onMethod == null ? "" : onMethod.value());
  }
}
