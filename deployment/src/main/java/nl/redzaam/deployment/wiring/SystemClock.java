package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import nl.redzaam.application.port.Clock;

/** The server's clock. */
@ApplicationScoped
public class SystemClock implements Clock {
  @Override
  public Instant now() {
    return Instant.now();
  }
}
