package nl.redzaam.domain.conversation;

import java.time.Instant;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A message was sent; the other side may want a reminder. */
public record MessageSent(
    MessageId messageId,
    TrajectoryId trajectoryId,
    Correspondent.Kind authorKind,
    Instant occurredAt)
    implements DomainEvent {}
