package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.redzaam.application.port.Clock;

/**
 * The server's clock, to the microsecond: what both databases store, so times round-trip exactly.
 */
@ApplicationScoped
public class SystemClock implements Clock {
  @Override
  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
