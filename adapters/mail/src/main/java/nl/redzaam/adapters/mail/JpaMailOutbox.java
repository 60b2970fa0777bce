package nl.redzaam.adapters.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records mails through the entity manager of the running transaction, so that the mail is stored
 * (or rolled back) together with the change that causes it.
 */
@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaMailOutbox() {}

  public JpaMailOutbox(EntityManager em) {
    this.em = em;
  }

  @Override
  public void record(OutgoingMail mail, Instant now) {
    em.createNativeQuery(OutboxSql.INSERT)
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, mail.idempotencyKey())
        .setParameter(3, mail.kind().name())
        .setParameter(4, mail.recipient())
        .setParameter(5, mail.subject())
        .setParameter(6, mail.textBody())
        .setParameter(7, mail.htmlBody())
        .setParameter(8, now.atOffset(ZoneOffset.UTC))
        .setParameter(9, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
