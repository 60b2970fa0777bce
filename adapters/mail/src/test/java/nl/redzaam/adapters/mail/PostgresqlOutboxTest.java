package nl.redzaam.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The outbox on the real PostgreSQL, schema {@value OutboxDatabase#POSTGRESQL_SCHEMA}; there also
 * with two senders on one database, as two server instances run them. (The embedded H2 database
 * serves one server only: it locks its file.)
 */
class PostgresqlOutboxTest extends OutboxContract {

  @Override
  OutboxDatabase database() {
    return OutboxDatabase.postgresql();
  }

  @Test
  void twoSendersOnOneDatabaseNeverSendAMailTwice() throws Exception {
    startSmtp();
    int count = 40;
    record(count);
    SmtpDelivery smtpDelivery = smtpDelivery();
    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    AtomicInteger overlaps = new AtomicInteger();
    MailDelivery slow =
        mail -> {
          if (!inFlight.add(mail.idempotencyKey())) {
            overlaps.incrementAndGet();
          }
          Thread.sleep(10);
          smtpDelivery.deliver(mail);
          inFlight.remove(mail.idempotencyKey());
        };
    OutboxSender.Settings smallBatches =
        new OutboxSender.Settings(3, SETTINGS.firstRetry(), SETTINGS.maxRetry(), 5);
    OutboxSender first = new OutboxSender(db.dataSource(), slow, clock, smallBatches);
    OutboxSender second = new OutboxSender(db.dataSource(), slow, clock, smallBatches);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (OutboxSender sender : List.of(first, second)) {
        Callable<Integer> run =
            () -> {
              go.await();
              int sent = 0;
              while (true) {
                OutboxSender.Result result = sender.sendDue();
                if (result.sent() == 0 && result.failed() == 0) {
                  return sent;
                }
                sent += result.sent();
              }
            };
        results.add(pool.submit(run));
      }
      go.countDown();
      int byFirst = results.get(0).get(60, TimeUnit.SECONDS);
      int bySecond = results.get(1).get(60, TimeUnit.SECONDS);
      assertEquals(count, byFirst + bySecond);
      assertTrue(byFirst > 0 && bySecond > 0, "both senders worked: " + byFirst + "/" + bySecond);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, overlaps.get(), "a mail was being sent by both senders at once");
    assertEachDeliveredOnce(count);
  }

  /**
   * A harder death than {@link ProcessDied}: PostgreSQL loses the sender's connection in the middle
   * of a batch (as when the process is killed), so nothing of the sender runs any more; the mail it
   * held is sent by another sender once its lease has ended.
   */
  @Test
  void aSenderWhoseConnectionIsKilledMidBatchLosesNothingAndDoublesNothing() throws Exception {
    startSmtp();
    record(10);
    SmtpDelivery smtpDelivery = smtpDelivery();
    AtomicInteger delivered = new AtomicInteger();
    MailDelivery killedBeforeTheSixth =
        mail -> {
          if (delivered.get() == 5) {
            killBackendsHoldingOutboxRows();
            throw new ProcessDied();
          }
          smtpDelivery.deliver(mail);
          delivered.incrementAndGet();
        };

    assertThrows(Throwable.class, () -> sender(killedBeforeTheSixth).sendDue());
    assertEquals(5, smtp.getReceivedMessages().length);

    // The mail the killed sender held waits for its lease to end.
    assertEquals(new OutboxSender.Result(4, 0), sender(smtpDelivery()).sendDue());
    now.set(now.get().plus(OutboxSender.LEASE));
    assertEquals(new OutboxSender.Result(1, 0), sender(smtpDelivery()).sendDue());
    assertEachDeliveredOnce(10);
  }

  /** Terminates the other sessions of this database user that lock rows of the outbox. */
  private void killBackendsHoldingOutboxRows() throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT pg_terminate_backend(l.pid) FROM pg_locks l"
                    + " WHERE l.relation = 'mail_outbox'::regclass AND l.pid <> pg_backend_pid()")) {
      int killed = 0;
      while (r.next()) {
        killed += r.getBoolean(1) ? 1 : 0;
      }
      assertTrue(killed > 0, "no sender connection to end");
    }
  }
}
