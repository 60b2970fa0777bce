package nl.redzaam.application.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.application.port.MailDue;
import nl.redzaam.application.port.MailPreferences;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.MessageSent;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Stands in front of the notification adapter: when a resident leaves a note or sends a message,
 * each coach of the trajectory who wants a mail per item gets one, recorded in the same transaction
 * as the note or message. (Coaches who want a daily digest get it from {@link ScheduledMails}.)
 */
public final class CoachNewsMails implements Notifications {

  private final Notifications next;
  private final TrajectoryRepository trajectories;
  private final MailRecipients recipients;

  public CoachNewsMails(
      Notifications next, TrajectoryRepository trajectories, MailRecipients recipients) {
    this.next = next;
    this.trajectories = trajectories;
    this.recipients = recipients;
  }

  @Override
  public void happened(List<? extends DomainEvent> events) {
    List<DomainEvent> all = new ArrayList<>(events);
    for (DomainEvent event : events) {
      if (event instanceof TrajectoryEvent.NoteLeft note) {
        all.addAll(
            news(
                note.trajectoryId(),
                MailDue.CoachNewsArrived.Item.NOTE,
                note.note().value(),
                note));
      } else if (event instanceof MessageSent message
          && message.authorKind() == Correspondent.Kind.RESIDENT) {
        all.addAll(
            news(
                message.trajectoryId(),
                MailDue.CoachNewsArrived.Item.MESSAGE,
                message.messageId().value(),
                message));
      }
    }
    next.happened(all);
  }

  private List<MailDue> news(
      TrajectoryId trajectoryId,
      MailDue.CoachNewsArrived.Item item,
      UUID itemId,
      DomainEvent cause) {
    List<MailDue> due = new ArrayList<>();
    trajectories
        .find(trajectoryId)
        .ifPresent(
            t -> {
              for (StaffMemberId coach : t.coaches()) {
                if (recipients.preferencesOf(coach.value()).coachNews()
                    != MailPreferences.CoachNews.EACH) {
                  continue;
                }
                recipients
                    .staffMember(coach)
                    .ifPresent(
                        r ->
                            due.add(
                                new MailDue.CoachNewsArrived(
                                    r, coach, trajectoryId, item, itemId, cause.occurredAt())));
              }
            });
    return due;
  }
}
