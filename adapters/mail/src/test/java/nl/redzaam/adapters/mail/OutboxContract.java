package nl.redzaam.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.redzaam.application.port.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox and its sender against a real database and a real SMTP server (GreenMail on loopback):
 * every mail is delivered exactly once, through SMTP outages, a process that dies in the middle of
 * a batch, and two senders on one database.
 */
abstract class OutboxContract {

  static final Instant START = Instant.parse("2026-12-03T09:00:00Z");
  static final OutboxSender.Settings SETTINGS =
      new OutboxSender.Settings(50, Duration.ofMinutes(1), Duration.ofMinutes(30), 5);

  abstract OutboxDatabase database();

  OutboxDatabase db;
  final AtomicReference<Instant> now = new AtomicReference<>(START);
  final Clock clock = now::get;
  int smtpPort;
  GreenMail smtp;

  @BeforeEach
  void setUp() throws IOException {
    db = database();
    db.migrateFromScratch();
    try (ServerSocket free = new ServerSocket(0)) {
      smtpPort = free.getLocalPort();
    }
  }

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  SmtpDelivery smtpDelivery() {
    return new SmtpDelivery(
        new SmtpSettings(
            "127.0.0.1",
            smtpPort,
            SmtpSettings.Security.NONE,
            Optional.empty(),
            Optional.empty(),
            "noreply@voorbeeldstad.example",
            "Gemeente Voorbeeldstad",
            5_000));
  }

  OutboxSender sender(MailDelivery delivery) {
    // Each sender gets its own data source, as a separate server would.
    return new OutboxSender(db.dataSource(), delivery, clock, SETTINGS);
  }

  static OutgoingMail mail(int i) {
    return new OutgoingMail(
        "test/" + i,
        MailKind.INVITATION,
        "inwoner" + i + "@voorbeeldstad.example",
        "Mail " + i,
        "Tekst " + i,
        "<p>Tekst " + i + "</p>");
  }

  void record(int count) throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      JdbcMailOutbox outbox = new JdbcMailOutbox(c);
      for (int i = 0; i < count; i++) {
        outbox.record(mail(i), now.get());
      }
      c.commit();
    }
  }

  /** Message-IDs of what GreenMail received; fails on a doubled one by comparing sizes. */
  List<String> receivedIds() throws Exception {
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      ids.add(m.getMessageID());
    }
    return ids;
  }

  void assertEachDeliveredOnce(int count) throws Exception {
    List<String> ids = receivedIds();
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < count; i++) {
      expected.add(mail(i).messageId());
    }
    assertAll(
        () -> assertEquals(count, ids.size(), "mails received: " + ids),
        () -> assertEquals(expected, new HashSet<>(ids), "every mail, none twice"),
        () -> assertEquals(count, countRows("status = 'SENT'"), "rows marked sent"));
  }

  int countRows(String where) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM mail_outbox WHERE " + where)) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void deliversAMailWithTextAndHtmlAndTheMessageIdOfItsKey() throws Exception {
    startSmtp();
    record(1);

    assertEquals(new OutboxSender.Result(1, 0), sender(smtpDelivery()).sendDue());

    MimeMessage received = smtp.getReceivedMessages()[0];
    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertAll(
        () -> assertEquals("Mail 0", received.getSubject()),
        () -> assertEquals(mail(0).messageId(), received.getMessageID()),
        () ->
            assertEquals(
                "inwoner0@voorbeeldstad.example", received.getAllRecipients()[0].toString()),
        () -> assertTrue(received.getFrom()[0].toString().contains("Gemeente Voorbeeldstad")),
        () -> assertTrue(received.getContentType().startsWith("multipart/alternative")),
        () -> assertEquals(2, parts.getCount()),
        () -> assertTrue(parts.getBodyPart(0).isMimeType("text/plain")),
        () -> assertTrue(parts.getBodyPart(1).isMimeType("text/html")),
        () ->
            assertEquals(
                1, countRows("status = 'SENT' AND text_body IS NULL AND html_body IS NULL")));
    assertEquals(new OutboxSender.Result(0, 0), sender(smtpDelivery()).sendDue(), "nothing left");
  }

  @Test
  void theSameCauseRecordedTwiceIsOneMail() throws Exception {
    startSmtp();
    record(3);
    record(3);

    assertEquals(3, countRows("1 = 1"));
    sender(smtpDelivery()).sendDue();
    assertEachDeliveredOnce(3);
  }

  @Test
  void aMailRecordedInATransactionThatRollsBackIsNeverSent() throws Exception {
    startSmtp();
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      new JdbcMailOutbox(c).record(mail(0), now.get());
      c.rollback();
    }
    assertEquals(new OutboxSender.Result(0, 0), sender(smtpDelivery()).sendDue());
    assertEquals(0, smtp.getReceivedMessages().length);
  }

  @Test
  void smtpDownThenUpDeliversEveryMailExactlyOnce() throws Exception {
    record(5);
    OutboxSender sender = sender(smtpDelivery());

    // SMTP server down: every attempt fails, is recorded, and waits for its retry.
    assertEquals(new OutboxSender.Result(0, 5), sender.sendDue());
    assertAll(
        () -> assertEquals(5, countRows("status = 'PENDING' AND attempts = 1")),
        () -> assertEquals(5, countRows("last_error IS NOT NULL")));
    assertEquals(new OutboxSender.Result(0, 0), sender.sendDue(), "not due before the backoff");

    // Still down after the first pause: the pause doubles.
    now.set(START.plus(Duration.ofMinutes(1)));
    assertEquals(new OutboxSender.Result(0, 5), sender.sendDue());
    now.set(START.plus(Duration.ofMinutes(2)));
    assertEquals(new OutboxSender.Result(0, 0), sender.sendDue(), "second pause is 2 minutes");

    startSmtp();
    now.set(START.plus(Duration.ofMinutes(3)));
    assertEquals(new OutboxSender.Result(5, 0), sender.sendDue());
    assertEquals(new OutboxSender.Result(0, 0), sender.sendDue());
    now.set(START.plus(Duration.ofDays(1)));
    assertEquals(new OutboxSender.Result(0, 0), sender.sendDue());

    assertEachDeliveredOnce(5);
    assertEquals(5, countRows("last_error IS NULL AND attempts = 3"));
  }

  @Test
  void aMailThatKeepsFailingIsMarkedFailedAfterTheLastAttempt() throws Exception {
    record(1);
    OutboxSender sender = sender(smtpDelivery());
    for (int attempt = 1; attempt <= SETTINGS.maxAttempts(); attempt++) {
      assertEquals(new OutboxSender.Result(0, 1), sender.sendDue(), "attempt " + attempt);
      now.set(now.get().plus(Duration.ofHours(1)));
    }
    assertEquals(1, countRows("status = 'FAILED' AND attempts = " + SETTINGS.maxAttempts()));
    startSmtp();
    assertEquals(new OutboxSender.Result(0, 0), sender.sendDue(), "not retried any more");
  }

  /** Stands for the process dying: nothing after it runs, no commit. */
  static final class ProcessDied extends Error {
    ProcessDied() {
      super("process died");
    }
  }

  @Test
  void aRestartInTheMiddleOfABatchLosesNothingAndDoublesNothing() throws Exception {
    startSmtp();
    record(10);
    SmtpDelivery smtpDelivery = smtpDelivery();
    AtomicInteger delivered = new AtomicInteger();
    MailDelivery diesBeforeTheFourth =
        mail -> {
          if (delivered.get() == 3) {
            throw new ProcessDied();
          }
          smtpDelivery.deliver(mail);
          delivered.incrementAndGet();
        };

    assertThrows(ProcessDied.class, () -> sender(diesBeforeTheFourth).sendDue());
    assertEquals(3, smtp.getReceivedMessages().length);
    assertEquals(3, countRows("status = 'SENT'"));

    // After the restart: a new sender with new connections picks up the rest; the mail the dead
    // process held waits for its lease to end.
    assertEquals(new OutboxSender.Result(6, 0), sender(smtpDelivery()).sendDue());
    now.set(now.get().plus(OutboxSender.LEASE));
    assertEquals(new OutboxSender.Result(1, 0), sender(smtpDelivery()).sendDue());
    assertEachDeliveredOnce(10);
  }

  @Test
  void aDeathBetweenSmtpAcceptanceAndCommitResendsWithTheSameMessageId() throws Exception {
    startSmtp();
    record(1);
    SmtpDelivery smtpDelivery = smtpDelivery();
    MailDelivery diesAfterSending =
        mail -> {
          smtpDelivery.deliver(mail);
          throw new ProcessDied();
        };

    assertThrows(ProcessDied.class, () -> sender(diesAfterSending).sendDue());
    assertEquals(new OutboxSender.Result(0, 0), sender(smtpDelivery()).sendDue(), "leased");
    now.set(now.get().plus(OutboxSender.LEASE));
    assertEquals(new OutboxSender.Result(1, 0), sender(smtpDelivery()).sendDue());

    // The one window the ADR accepts: two copies, recognisable as one mail.
    List<String> ids = receivedIds();
    assertEquals(List.of(mail(0).messageId(), mail(0).messageId()), ids);
  }

  @Test
  void aDatabaseThatGoesAwayWhileTheSmtpServerTakesAMailSendsItOnce() throws Exception {
    startSmtp();
    record(3);
    SmtpDelivery smtpDelivery = smtpDelivery();
    AtomicInteger refusals = new AtomicInteger();
    // The database falls away during the second delivery and refuses three connections.
    AtomicInteger deliveries = new AtomicInteger();
    javax.sql.DataSource real = db.dataSource();
    javax.sql.DataSource flaky =
        (javax.sql.DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")
                      && deliveries.get() == 2
                      && refusals.get() < 3) {
                    refusals.incrementAndGet();
                    throw new SQLException("the database went away");
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    MailDelivery counting =
        mail -> {
          smtpDelivery.deliver(mail);
          deliveries.incrementAndGet();
        };

    assertEquals(
        new OutboxSender.Result(3, 0),
        new OutboxSender(flaky, counting, clock, SETTINGS).sendDue());

    assertEquals(3, refusals.get(), "the database was away for a while");
    now.set(now.get().plus(OutboxSender.LEASE));
    assertEquals(new OutboxSender.Result(0, 0), sender(smtpDelivery()).sendDue(), "none again");
    assertEachDeliveredOnce(3);
  }

  @Test
  void theBackoffDoublesUpToItsMaximum() {
    assertAll(
        () -> assertEquals(Duration.ofMinutes(1), SETTINGS.retryAfter(1)),
        () -> assertEquals(Duration.ofMinutes(2), SETTINGS.retryAfter(2)),
        () -> assertEquals(Duration.ofMinutes(16), SETTINGS.retryAfter(5)),
        () -> assertEquals(Duration.ofMinutes(30), SETTINGS.retryAfter(6)),
        () -> assertEquals(Duration.ofMinutes(30), SETTINGS.retryAfter(1000)));
  }

  @Test
  void every_kind_of_mail_arrives_with_both_parts_and_optional_ones_with_one_click_unsubscribe()
      throws Exception {
    List<OutgoingMail> all = new ArrayList<>();
    Mails mails = new Mails(java.net.URI.create("https://redzaam.voorbeeldstad.example/"));
    all.add(
        mails.invitation(
            MailsTest.invited(nl.redzaam.application.port.Account.Kind.RESIDENT, "Lisa", "t1"),
            "Gemeente Voorbeeldstad"));
    all.add(
        mails.passwordReset(
            new nl.redzaam.application.port.PasswordResetIssued(
                nl.redzaam.application.port.Account.Kind.STAFF,
                java.util.UUID.randomUUID(),
                new nl.redzaam.domain.shared.EmailAddress("coach@voorbeeldstad.example"),
                "",
                MailsTest.VOORBEELDSTAD,
                "r",
                START.plusSeconds(3600),
                START),
            "Gemeente Voorbeeldstad"));
    all.addAll(MailsTest.everyOptionalMail(mails));
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      JdbcMailOutbox outbox = new JdbcMailOutbox(c);
      for (OutgoingMail m : all) {
        outbox.record(m, now.get());
        outbox.record(m, now.get()); // the same cause twice: one mail
      }
      c.commit();
    }
    startSmtp();
    sender(smtpDelivery()).sendDue();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertEquals(all.size(), received.length);
    Set<MailKind> kinds = new HashSet<>();
    for (MimeMessage m : received) {
      String id = m.getMessageID();
      OutgoingMail sent =
          all.stream().filter(o -> o.messageId().equals(id)).findFirst().orElseThrow();
      kinds.add(sent.kind());
      MimeMultipart parts = (MimeMultipart) m.getContent();
      assertEquals(2, parts.getCount(), "a text and an HTML part");
      assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
      assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
      String[] unsubscribe = m.getHeader("List-Unsubscribe");
      if (sent.kind().optional()) {
        assertEquals("<" + sent.listUnsubscribe() + ">", unsubscribe[0]);
        assertTrue(
            sent.listUnsubscribe().startsWith("https://redzaam.voorbeeldstad.example/afmelden?t="));
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post")[0]);
      } else {
        assertEquals(null, unsubscribe, sent.kind() + " cannot be turned off");
      }
    }
    assertEquals(Set.of(MailKind.values()), kinds, "every kind of mail");
  }
}
