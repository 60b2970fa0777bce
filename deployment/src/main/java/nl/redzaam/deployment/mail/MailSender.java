package nl.redzaam.deployment.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.redzaam.adapters.mail.LocalMailbox;
import nl.redzaam.adapters.mail.MailDelivery;
import nl.redzaam.adapters.mail.OutboxSender;
import nl.redzaam.adapters.mail.SmtpDelivery;
import nl.redzaam.adapters.mail.SmtpSettings;
import nl.redzaam.adapters.persistence.migration.DatabaseMigration;
import nl.redzaam.application.port.Clock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sends the outbox's due mails every few seconds ({@code redzaam.mail.poll-interval-seconds}), in
 * every server instance: the sender's row locks keep two instances from sending the same mail
 * (docs/adr/0010-mail-outbox.md). On the embedded default the mails go to the {@link LocalMailbox},
 * never outside; elsewhere to the configured SMTP server. Without one, mails wait in the outbox.
 *
 * <p>Bean-managed transactions: the sender runs its own local transaction per mail.
 */
@Startup
@Singleton
@DependsOn(DatabaseMigration.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "redzaam.embedded", defaultValue = "false")
  boolean embedded;

  @Inject LocalMailbox localMailbox;
  @Inject Clock clock;
  @Inject DatabaseMigration migration;
  @Inject MetricRegistry metrics;

  private ScheduledFuture<?> schedule;
  private OutboxSender sender;

  @PostConstruct
  void start() {
    // How many mails wait (to be sent or tried again) and how many were given up: read at scrape.
    metrics.gauge("redzaam.mails", () -> countOutbox("PENDING"), new Tag("status", "waiting"));
    metrics.gauge("redzaam.mails", () -> countOutbox("FAILED"), new Tag("status", "given-up"));
    MailDelivery delivery;
    if (embedded) {
      delivery = localMailbox;
      LOG.info("Mail goes to the local mailbox at /dev/mailbox (embedded database), not outside.");
    } else {
      Optional<SmtpSettings> smtp = MailSettings.smtp(config);
      if (smtp.isEmpty()) {
        LOG.warning(
            "No SMTP server configured ("
                + MailSettings.SMTP_HOST
                + "): mails wait in the outbox until one is configured and the server restarts.");
        return;
      }
      if (config.getOptionalValue(MailWiring.PUBLIC_URL, String.class).isEmpty()) {
        LOG.warning(
            MailWiring.PUBLIC_URL
                + " is not set: links in mails point at http://127.0.0.1:8080/, which recipients"
                + " cannot reach.");
      }
      delivery = new SmtpDelivery(smtp.get());
      LOG.info(() -> "Mail goes out through " + smtp.get());
    }
    sender = new OutboxSender(dataSource, delivery, clock, MailSettings.sender(config));
    Duration interval = MailSettings.pollInterval(config);
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::sendDue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  private void sendDue() {
    if (!migration.isMigrated()) {
      return;
    }
    try {
      OutboxSender.Result result = sender.sendDue();
      metrics.counter("redzaam.mails.sent").inc(result.sent());
      metrics.counter("redzaam.mails.failed.attempts").inc(result.failed());
      if (result.sent() > 0 || result.failed() > 0) {
        LOG.fine(() -> "Mail: " + result.sent() + " sent, " + result.failed() + " failed");
      }
    } catch (SQLException | RuntimeException e) {
      // Nothing is lost: the mails stay due; the next run tries again.
      LOG.log(Level.WARNING, "Mail sender could not use the database: {0}", e.getMessage());
    }
  }

  /** The outbox's mails in this status; -1 while the database cannot be asked. */
  private long countOutbox(String status) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE status = ?")) {
      count.setString(1, status);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      return -1;
    }
  }
}
