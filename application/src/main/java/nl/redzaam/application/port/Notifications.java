package nl.redzaam.application.port;

import java.util.List;
import nl.redzaam.domain.shared.DomainEvent;

/**
 * Tells people what happened (an invitation to the resident, a note for the coach, ...). Called in
 * the same transaction as the change, after it was stored, so an adapter can record what to send
 * together with the change.
 */
public interface Notifications {
  void happened(List<? extends DomainEvent> events);
}
