package nl.redzaam.adapters.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.redzaam.application.port.Clock;

/**
 * Delivers the due mails of the outbox, each exactly once as far as the database can tell
 * (docs/adr/0010-mail-outbox.md):
 *
 * <ul>
 *   <li>claim a mail in a short transaction of its own: take the row ({@code FOR UPDATE SKIP
 *       LOCKED}) and lease it, by moving its next attempt {@value #LEASE_MINUTES} minutes ahead, so
 *       that no other sender (a second thread or server on the same database) takes it;
 *   <li>deliver it with no transaction open, then record the outcome. When the SMTP server took the
 *       mail but the database has gone away, the sender keeps trying to record it until the
 *       database is back (almost as long as the lease): a database outage sends nothing twice;
 *   <li>a failed delivery is marked with the error and tried again after a growing pause, up to a
 *       number of attempts; then the mail is marked FAILED for an operator to look at;
 *   <li>if the process dies with a mail leased, the mail is due again when the lease ends. Only a
 *       death between the SMTP server's acceptance and the record sends a mail twice; both copies
 *       then carry the same Message-ID.
 * </ul>
 */
public final class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  static final int LEASE_MINUTES = 15;
  static final Duration LEASE = Duration.ofMinutes(LEASE_MINUTES);
  // How long to keep trying to record a delivered mail: the lease, less a margin.
  private static final Duration RECORDING = LEASE.minusMinutes(1);
  private static final Duration RECORDING_PAUSE = Duration.ofSeconds(1);

  /** A leased mail: its row, its content and how often it failed before. */
  private record Claimed(UUID id, OutgoingMail mail, int attempts) {}

  /**
   * @param batchSize how many mails one {@link #sendDue()} sends at most
   * @param firstRetry the pause after the first failure; it doubles with each further failure
   * @param maxRetry the longest pause between attempts
   * @param maxAttempts after this many failed attempts a mail is marked FAILED
   */
  public record Settings(int batchSize, Duration firstRetry, Duration maxRetry, int maxAttempts) {
    public static final Settings DEFAULTS =
        new Settings(50, Duration.ofMinutes(1), Duration.ofHours(1), 30);

    public Settings {
      Objects.requireNonNull(firstRetry, "firstRetry");
      Objects.requireNonNull(maxRetry, "maxRetry");
      if (batchSize < 1 || maxAttempts < 1) {
        throw new IllegalArgumentException("batchSize and maxAttempts must be positive");
      }
    }

    /** The pause after the given number of failed attempts (1 or more). */
    Duration retryAfter(int failedAttempts) {
      Duration pause = firstRetry;
      for (int i = 1; i < failedAttempts && pause.compareTo(maxRetry) < 0; i++) {
        pause = pause.multipliedBy(2);
      }
      return pause.compareTo(maxRetry) > 0 ? maxRetry : pause;
    }
  }

  /** What one run did. */
  public record Result(int sent, int failed) {}

  private enum Outcome {
    NONE_DUE,
    SENT,
    FAILED
  }

  private final DataSource dataSource;
  private final MailDelivery delivery;
  private final Clock clock;
  private final Settings settings;

  public OutboxSender(
      DataSource dataSource, MailDelivery delivery, Clock clock, Settings settings) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Sends the mails due now, one by one, until none is left or the batch is full. Safe to call from
   * several threads and servers at once.
   *
   * @throws SQLException when the database cannot be used; nothing is lost, the next run goes on
   */
  public Result sendDue() throws SQLException {
    int sent = 0;
    int failed = 0;
    for (int i = 0; i < settings.batchSize(); i++) {
      Outcome outcome = sendNext();
      if (outcome == Outcome.NONE_DUE) {
        break;
      }
      if (outcome == Outcome.SENT) {
        sent++;
      } else {
        failed++;
      }
    }
    return new Result(sent, failed);
  }

  private Outcome sendNext() throws SQLException {
    Claimed claimed = claim();
    if (claimed == null) {
      return Outcome.NONE_DUE;
    }
    try {
      delivery.deliver(claimed.mail());
    } catch (Exception e) {
      // Not delivered: when the failure cannot be recorded either, the lease runs out and the
      // mail is simply tried again.
      try (Connection connection = dataSource.getConnection()) {
        markFailed(connection, claimed.id(), claimed.mail(), claimed.attempts() + 1, e);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      }
      return Outcome.FAILED;
    }
    recordSent(claimed);
    return Outcome.SENT;
  }

  /** The next due mail, leased to this sender; null when none is due. */
  private Claimed claim() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      boolean committed = false;
      try {
        Claimed claimed = next(connection, clock.now());
        if (claimed != null) {
          try (PreparedStatement lease = connection.prepareStatement(OutboxSql.LEASE)) {
            lease.setObject(1, clock.now().plus(LEASE).atOffset(ZoneOffset.UTC));
            lease.setObject(2, claimed.id());
            lease.executeUpdate();
          }
        }
        connection.commit();
        committed = true;
        return claimed;
      } finally {
        if (!committed) {
          connection.rollback();
        }
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static Claimed next(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(OutboxSql.CLAIM_NEXT)) {
      claim.setObject(1, now.atOffset(ZoneOffset.UTC));
      try (ResultSet row = claim.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        return new Claimed(
            row.getObject("id", UUID.class),
            new OutgoingMail(
                row.getString("idempotency_key"),
                MailKind.valueOf(row.getString("kind")),
                row.getString("recipient"),
                row.getString("subject"),
                row.getString("text_body"),
                row.getString("html_body"),
                blankToNull(row.getString("list_unsubscribe"))),
            row.getInt("attempts"));
      }
    }
  }

  /**
   * The SMTP server took the mail; until that is recorded the mail counts as not sent and would go
   * again when the lease ends. So while the database is away, keep trying.
   */
  private void recordSent(Claimed claimed) throws SQLException {
    long giveUpAt = System.nanoTime() + RECORDING.toNanos();
    boolean warned = false;
    while (true) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement sent = connection.prepareStatement(OutboxSql.MARK_SENT)) {
        sent.setObject(1, clock.now().atOffset(ZoneOffset.UTC));
        sent.setObject(2, claimed.id());
        sent.executeUpdate();
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        return;
      } catch (SQLException e) {
        if (System.nanoTime() > giveUpAt) {
          LOG.severe(
              () ->
                  claimed.mail()
                      + " was delivered, but the database could not record it in "
                      + RECORDING.toMinutes()
                      + " minutes: it will be sent again. "
                      + e.getMessage());
          throw e;
        }
        if (!warned) {
          LOG.warning(
              () ->
                  claimed.mail()
                      + " was delivered; waiting for the database to record it: "
                      + e.getMessage());
          warned = true;
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RECORDING_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    }
  }

  private void markFailed(
      Connection connection, UUID id, OutgoingMail mail, int failedAttempts, Exception error)
      throws SQLException {
    boolean givenUp = failedAttempts >= settings.maxAttempts();
    Instant next = clock.now().plus(settings.retryAfter(failedAttempts));
    String message = error.getClass().getSimpleName() + ": " + error.getMessage();
    try (PreparedStatement failed = connection.prepareStatement(OutboxSql.MARK_FAILED)) {
      failed.setString(1, givenUp ? "FAILED" : "PENDING");
      failed.setObject(2, next.atOffset(ZoneOffset.UTC));
      failed.setString(3, message.length() > 1000 ? message.substring(0, 1000) : message);
      failed.setObject(4, id);
      failed.executeUpdate();
    }
    LOG.log(
        givenUp ? Level.SEVERE : Level.WARNING,
        () ->
            (givenUp ? "Gave up on " : "Could not send ")
                + mail
                + " (attempt "
                + failedAttempts
                + "): "
                + message
                + (givenUp ? "" : "; next attempt at " + next));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
