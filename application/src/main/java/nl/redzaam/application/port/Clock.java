package nl.redzaam.application.port;

import java.time.Instant;
import java.time.LocalDate;
import nl.redzaam.domain.trajectory.Trajectory;

/** The current time, so that use cases and their tests agree on what "now" is. */
public interface Clock {

  Instant now();

  /** Today's date in the Netherlands. */
  default LocalDate today() {
    return LocalDate.ofInstant(now(), Trajectory.ZONE);
  }
}
