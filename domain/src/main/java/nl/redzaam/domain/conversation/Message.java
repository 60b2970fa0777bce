package nl.redzaam.domain.conversation;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A message between the resident and the coaches of a trajectory. Its text never changes after it
 * is sent; what changes is who has read it. Readings are only ever added, so two people reading at
 * the same time never conflict.
 */
public final class Message implements AggregateRoot<MessageId> {

  /** The longest message, in characters after trimming. */
  public static final int MAX_LENGTH = 4000;

  private final MessageId id;
  private final TrajectoryId trajectoryId;
  private final Correspondent author;
  private final String text;
  private final Instant sentAt;
  private final List<MessageReading> readings;

  public Message(
      MessageId id,
      TrajectoryId trajectoryId,
      Correspondent author,
      String text,
      Instant sentAt,
      List<MessageReading> readings) {
    this.id = Objects.requireNonNull(id, "id");
    this.trajectoryId = Objects.requireNonNull(trajectoryId, "trajectoryId");
    this.author = Objects.requireNonNull(author, "author");
    this.text = Objects.requireNonNull(text, "text");
    this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    this.readings = new ArrayList<>(readings);
  }

  /**
   * A new message in a trajectory that is not closed: once the trajectory is closed, the
   * conversation is over (the resident keeps the budget plan, not the coaches).
   */
  public static Message send(
      MessageId id, Trajectory trajectory, Correspondent author, String text, Instant now) {
    require(
        trajectory.stage() != Stage.CLOSED,
        "closed-trajectory-is-read-only",
        "The trajectory is closed: no more messages can be sent");
    return new Message(
        id,
        trajectory.id(),
        author,
        Text.required(text, "The message", MAX_LENGTH),
        now,
        List.of());
  }

  /**
   * Records that the reader has read this message, unless they wrote it themselves or read it
   * before.
   *
   * @return the new reading, or empty when nothing changed
   */
  public Optional<MessageReading> markReadBy(Correspondent reader, Instant now) {
    if (author.equals(reader) || isReadBy(reader)) {
      return Optional.empty();
    }
    MessageReading reading = new MessageReading(reader, now);
    readings.add(reading);
    return Optional.of(reading);
  }

  public boolean isReadBy(Correspondent reader) {
    return readings.stream().anyMatch(r -> r.reader().equals(reader));
  }

  /** The event to announce right after {@link #send}. */
  public MessageSent sent() {
    return new MessageSent(id, trajectoryId, author.kind(), sentAt);
  }

  @Override
  public MessageId id() {
    return id;
  }

  public TrajectoryId trajectoryId() {
    return trajectoryId;
  }

  public Correspondent author() {
    return author;
  }

  public String text() {
    return text;
  }

  public Instant sentAt() {
    return sentAt;
  }

  /** Who has read it, in the order they did. */
  public List<MessageReading> readings() {
    return List.copyOf(readings);
  }
}
