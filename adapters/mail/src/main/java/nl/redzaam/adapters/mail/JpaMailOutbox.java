package nl.redzaam.adapters.mail;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records mails through the entity manager of the running transaction, so that the mail is stored
 * (or rolled back) together with the change that causes it.
 */
public final class JpaMailOutbox implements MailOutbox {

  private final EntityManager em;

  /**
   * @param em the container's transaction-scoped entity manager, or one whose transaction the
   *     caller runs
   */
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
        .setParameter(10, mail.listUnsubscribe() == null ? "" : mail.listUnsubscribe())
        .executeUpdate();
  }
}
