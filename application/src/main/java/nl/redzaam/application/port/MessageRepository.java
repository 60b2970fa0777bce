package nl.redzaam.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.conversation.MessageReading;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Stores messages. A message's text never changes; readings are only added, never changed, so they
 * need no optimistic locking.
 */
public interface MessageRepository {

  Optional<Message> find(MessageId id);

  void add(Message message);

  /** A page of the trajectory's messages, newest first (ties by id). */
  List<Message> newestFirst(TrajectoryId trajectory, int offset, int limit);

  /** How many messages the trajectory has. */
  long count(TrajectoryId trajectory);

  /**
   * The trajectory's messages sent at or before {@code sentAtOrBefore} that the reader neither
   * wrote nor read yet, oldest first.
   */
  List<Message> unreadBy(Correspondent reader, TrajectoryId trajectory, Instant sentAtOrBefore);

  /** Adds a reading to a stored message; a reading the message already has is ignored. */
  void addReading(MessageId message, MessageReading reading);

  /**
   * How many messages residents sent in these trajectories from {@code from} until (not at) {@code
   * until}.
   */
  long sentByResidents(Set<TrajectoryId> trajectories, Instant from, Instant until);
}
