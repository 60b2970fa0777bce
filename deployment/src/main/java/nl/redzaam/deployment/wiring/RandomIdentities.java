package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.redzaam.application.port.IdentityGenerator;

/** Random (version 4) UUIDs: unguessable, so an id in a URL reveals nothing. */
@ApplicationScoped
public class RandomIdentities implements IdentityGenerator {
  @Override
  public UUID newId() {
    return UUID.randomUUID();
  }
}
