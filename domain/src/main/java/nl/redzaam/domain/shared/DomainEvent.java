package nl.redzaam.domain.shared;

import java.time.Instant;

/** Something that happened in the domain, named in the past tense and never changed afterwards. */
public interface DomainEvent {
  Instant occurredAt();
}
