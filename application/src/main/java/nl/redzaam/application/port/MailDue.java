package nl.redzaam.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * An optional mail is due (docs/adr/0010-mail-outbox.md): the notification adapter renders it and
 * records it in the outbox under {@link #idempotencyKey()}, so that the same cause never gives two
 * mails, also when two server instances or two runs of a job find it. Each carries what the mail
 * may say about a person (a first name at most) and the recipient's unsubscribe token.
 */
public sealed interface MailDue extends DomainEvent {

  /** Who gets it. */
  Recipient recipient();

  /** Names the cause; recording the same key twice keeps one mail. */
  String idempotencyKey();

  /**
   * @param firstName the name to greet with, or empty (staff are known by their full name only)
   */
  record Recipient(
      UUID personId,
      EmailAddress email,
      String firstName,
      MunicipalityId municipalityId,
      String unsubscribeToken) {
    public Recipient {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(firstName, "firstName");
      Objects.requireNonNull(municipalityId, "municipalityId");
      Objects.requireNonNull(unsubscribeToken, "unsubscribeToken");
    }

    /** Without the address and the token. */
    @Override
    public String toString() {
      return "Recipient[" + personId + "]";
    }
  }

  /** Monday's mail to a resident who opted in: this week's assignments are ready. */
  record WeeklyAssignments(
      Recipient recipient, TrajectoryId trajectoryId, int week, int assignments, Instant occurredAt)
      implements MailDue {
    @Override
    public String idempotencyKey() {
      return "weekly/" + trajectoryId.value() + "/" + week;
    }
  }

  /** A resident left a note or sent a message; a coach who wants each one hears of it. */
  record CoachNewsArrived(
      Recipient recipient,
      StaffMemberId coach,
      TrajectoryId trajectoryId,
      Item item,
      UUID itemId,
      Instant occurredAt)
      implements MailDue {

    public enum Item {
      NOTE,
      MESSAGE
    }

    @Override
    public String idempotencyKey() {
      return "coach-news/"
          + coach.value()
          + "/"
          + item.name().toLowerCase(java.util.Locale.ROOT)
          + "/"
          + itemId;
    }
  }

  /** The daily digest for a coach: how many notes and messages arrived on {@code day}. */
  record CoachDigest(
      Recipient recipient,
      StaffMemberId coach,
      LocalDate day,
      int notes,
      int messages,
      Instant occurredAt)
      implements MailDue {
    @Override
    public String idempotencyKey() {
      return "coach-digest/" + coach.value() + "/" + day;
    }
  }

  /** An evaluation with the coach comes up within a week. */
  record EvaluationComing(
      Recipient recipient, TrajectoryId trajectoryId, EvaluationKind kind, Instant occurredAt)
      implements MailDue {
    @Override
    public String idempotencyKey() {
      return "evaluation-coming/" + trajectoryId.value() + "/" + kind.name();
    }
  }

  /** An aftercare check-in with the coach is planned within a few days. */
  record CheckInComing(
      Recipient recipient,
      TrajectoryId trajectoryId,
      CheckInId checkIn,
      LocalDate plannedOn,
      Instant occurredAt)
      implements MailDue {
    @Override
    public String idempotencyKey() {
      return "check-in-coming/" + trajectoryId.value() + "/" + checkIn.value() + "/" + plannedOn;
    }
  }

  /** The conversation the coach planned is today or within a few days. */
  record ConversationComing(
      Recipient recipient, TrajectoryId trajectoryId, LocalDateTime startsAt, Instant occurredAt)
      implements MailDue {
    @Override
    public String idempotencyKey() {
      // A moved appointment is a new one and gets its own reminder.
      return "conversation-coming/" + trajectoryId.value() + "/" + startsAt;
    }
  }
}
