package nl.redzaam.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
