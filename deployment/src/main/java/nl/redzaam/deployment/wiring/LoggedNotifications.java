package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Logger;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.domain.shared.DomainEvent;

/**
 * Writes the names of domain events to the server log, without personal data. This is the whole
 * notification adapter for now: mail (invitations, reminders) arrives with its own adapter.
 */
@ApplicationScoped
public class LoggedNotifications implements Notifications {

  private static final Logger LOG = Logger.getLogger(LoggedNotifications.class.getName());

  @Override
  public void happened(List<? extends DomainEvent> events) {
    events.forEach(e -> LOG.fine(() -> "Event " + e.getClass().getSimpleName()));
  }
}
