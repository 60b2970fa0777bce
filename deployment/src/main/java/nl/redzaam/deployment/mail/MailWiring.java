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
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MailPreferenceRepository;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.usecase.CoachNewsMails;
import nl.redzaam.application.usecase.MailRecipients;
import nl.redzaam.application.usecase.MyMailPreferences;
import nl.redzaam.application.usecase.ScheduledMails;
import nl.redzaam.application.usecase.Unsubscribe;
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

  @Produces
  MailRecipients mailRecipients(
      AccountRepository accounts,
      ResidentRepository residents,
      StaffMemberRepository staff,
      MailPreferenceRepository preferences) {
    return new MailRecipients(accounts, residents, staff, preferences);
  }

  @Produces
  MyMailPreferences myMailPreferences(
      CurrentUser currentUser, MailPreferenceRepository preferences) {
    return new MyMailPreferences(currentUser, preferences);
  }

  @Produces
  Unsubscribe unsubscribe(MailPreferenceRepository preferences) {
    return new Unsubscribe(preferences);
  }

  @Produces
  ScheduledMails scheduledMails(
      MailPreferenceRepository preferences,
      MailRecipients recipients,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      MessageRepository messages,
      Clock clock,
      Notifications notifications) {
    return new ScheduledMails(
        preferences, recipients, trajectories, catalogues, messages, clock, notifications);
  }

  /** The embedded default's mailbox; kept in memory for as long as the server runs. */
  @Produces
  @Singleton
  LocalMailbox localMailbox(Clock clock) {
    return new LocalMailbox(clock);
  }
}
