package nl.redzaam.application.trajectory.conversation;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The reader has read the trajectory's messages up to and including one message: every message sent
 * until then that someone else wrote is marked as read by them.
 */
public final class MarkMessagesRead {

  public record Command(TrajectoryId trajectoryId, MessageId upTo) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(upTo, "upTo");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final MessageRepository messages;
  private final Clock clock;

  @Inject
  public MarkMessagesRead(
      CurrentUser currentUser, TrajectoryAccess access, MessageRepository messages, Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  /** Returns how many messages were newly marked as read. */
  public int execute(Command command) {
    Actor actor = currentUser.actor();
    access.require(actor, TrajectoryPermission.EXCHANGE_MESSAGES, command.trajectoryId());
    Message last =
        messages
            .find(command.upTo())
            .filter(m -> m.trajectoryId().equals(command.trajectoryId()))
            .orElseThrow(() -> new NotFound("No message " + command.upTo() + " here"));
    Correspondent reader = SendMessage.correspondent(actor);
    Instant now = clock.now();
    int marked = 0;
    for (Message message : messages.unreadBy(reader, command.trajectoryId(), last.sentAt())) {
      var reading = message.markReadBy(reader, now);
      if (reading.isPresent()) {
        messages.addReading(message.id(), reading.get());
        marked++;
      }
    }
    return marked;
  }
}
