package nl.redzaam.application.trajectory.conversation;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** The resident or a coach (also a stand-in) sends a message in the trajectory. */
public final class SendMessage {

  public record Command(TrajectoryId trajectoryId, String text) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final MessageRepository messages;
  private final IdentityGenerator ids;
  private final Clock clock;
  private final Notifications notifications;

  @Inject
  public SendMessage(
      CurrentUser currentUser,
      TrajectoryAccess access,
      MessageRepository messages,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    this.currentUser = currentUser;
    this.access = access;
    this.messages = messages;
    this.ids = ids;
    this.clock = clock;
    this.notifications = notifications;
  }

  public Message execute(Command command) {
    Actor actor = currentUser.actor();
    Trajectory trajectory =
        access.require(actor, TrajectoryPermission.EXCHANGE_MESSAGES, command.trajectoryId());
    Message message =
        Message.send(
            new MessageId(ids.newId()),
            trajectory,
            correspondent(actor),
            command.text(),
            clock.now());
    messages.add(message);
    notifications.happened(List.of(message.sent()));
    return message;
  }

  /** Who the actor is in a conversation; only residents and staff exchange messages. */
  static Correspondent correspondent(Actor actor) {
    if (actor instanceof Actor.ResidentActor resident) {
      return Correspondent.resident(resident.residentId());
    }
    return Correspondent.staff(TrajectoryAccess.staff(actor, "exchange messages").staffMemberId());
  }
}
