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
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
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

  @Produces
  @ApplicationScoped
  Notifications notifications(MunicipalityRepository municipalities, Clock clock) {
    return new OutboxNotifications(
        new JpaMailOutbox(em), municipalities, new Mails(URI.create(publicUrl)), clock);
  }

  /** The embedded default's mailbox; kept in memory for as long as the server runs. */
  @Produces
  @Singleton
  LocalMailbox localMailbox(Clock clock) {
    return new LocalMailbox(clock);
  }
}
