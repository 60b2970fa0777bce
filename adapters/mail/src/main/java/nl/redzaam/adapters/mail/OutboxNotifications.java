package nl.redzaam.adapters.mail;

import java.util.List;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.MailDue;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.PasswordResetIssued;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.DomainEvent;

/**
 * Turns events into mails and records them in the outbox, in the caller's transaction: the mail is
 * stored together with the change, or not at all. Events that need no mail are passed over.
 */
public final class OutboxNotifications implements Notifications {

  private final MailOutbox outbox;
  private final MunicipalityRepository municipalities;
  private final Mails mails;
  private final Clock clock;

  public OutboxNotifications(
      MailOutbox outbox, MunicipalityRepository municipalities, Mails mails, Clock clock) {
    this.outbox = outbox;
    this.municipalities = municipalities;
    this.mails = mails;
    this.clock = clock;
  }

  @Override
  public void happened(List<? extends DomainEvent> events) {
    for (DomainEvent event : events) {
      if (event instanceof ActivationIssued issued) {
        outbox.record(
            mails.invitation(issued, municipalityName(issued.municipalityId())), clock.now());
      } else if (event instanceof PasswordResetIssued issued) {
        outbox.record(
            mails.passwordReset(issued, municipalityName(issued.municipalityId())), clock.now());
      } else if (event instanceof MailDue due) {
        outbox.record(
            mails.optional(due, municipalityName(due.recipient().municipalityId())), clock.now());
      }
    }
  }

  private String municipalityName(MunicipalityId id) {
    return municipalities
        .find(id)
        .orElseThrow(() -> new IllegalStateException("No municipality " + id))
        .name();
  }
}
