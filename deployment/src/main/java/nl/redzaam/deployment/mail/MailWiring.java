package nl.redzaam.deployment.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import nl.redzaam.adapters.mail.JpaMailOutbox;
import nl.redzaam.adapters.mail.LocalMailbox;
import nl.redzaam.adapters.mail.Mails;
import nl.redzaam.adapters.mail.OutboxNotifications;
import nl.redzaam.application.mail.CoachNewsMails;
import nl.redzaam.application.mail.MailRecipients;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification port: mails are rendered and recorded in the outbox through the entity manager
 * of the use case's transaction, so they are stored with the change or not at all.
 */
@ApplicationScoped
public class MailWiring {

  /** Where people reach Redzaam; links in mails start with it. */
  static final String PUBLIC_URL = "redzaam.public-url";

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  @Inject
  @ConfigProperty(name = PUBLIC_URL, defaultValue = "http://127.0.0.1:8080/")
  String publicUrl;

  /**
   * The outbox, behind the coach news: a resident's note or message adds a mail for each coach who
   * wants one per item, in the same transaction.
   */
  @Produces
  @ApplicationScoped
  Notifications notifications(
      MunicipalityRepository municipalities,
      Clock clock,
      TrajectoryRepository trajectories,
      MailRecipients recipients) {
    return new CoachNewsMails(
        new OutboxNotifications(new JpaMailOutbox(em), municipalities, mails(), clock),
        trajectories,
        recipients);
  }

  private Mails mails() {
    return new Mails(URI.create(publicUrl));
  }

  /** The embedded default's mailbox; kept in memory for as long as the server runs. */
  @Produces
  @Singleton
  LocalMailbox localMailbox(Clock clock) {
    return new LocalMailbox(clock);
  }
}
