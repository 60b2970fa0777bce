package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.redzaam.deployment.demo.BackupDrill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server as an operator runs it, in a Payara Micro process of its own: on a database restored
 * from a backup (the drill of the operations guide: pg_dump, pg_restore, then this server), with
 * JSON log lines, an access log and metrics on a management port, started as {@code ./redzaam}
 * starts one.
 *
 * <p>Then the database falls away under load and comes back (issue 17, part 5): the server reaches
 * PostgreSQL through a {@link TcpProxy}; writers create coach teams while the proxy cuts the line
 * for 30 seconds. During the outage every answer must be 503 with Retry-After and problem+json
 * within 5 seconds and /health not ready; afterwards the server must take writes again within 30
 * seconds on its own, and every write it acknowledged with 201 must be in the database (the
 * ledger). Meanwhile staff members are added, each with an activation mail queued in the same
 * transaction: every one that was stored gets exactly one mail, after the outage, through a real
 * SMTP server (GreenMail).
 */
@ExtendWith(PostgresqlRequired.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatedServerIT {

  // The demo administrator and coach, restored with the demo data.
  private static final String ADMIN = "beheer@voorbeeldstad.example";
  private static final String PASSWORD = "demo-beheer-voorbeeldstad";
  private static final String COACH = "coach@voorbeeldstad.example";
  private static final String COACH_PASSWORD = "demo-coach-voorbeeldstad";
  private static final Duration OUTAGE = Duration.ofSeconds(30);

  private static TcpProxy proxy;
  private static GreenMail smtp;
  private static Process server;
  private static URI base;
  private static URI management;
  private static Path log;
  private static String database;
  private static Path accessLogs;
  private static ApiLogin login;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One request of the load: when it started, how long it took, what came back. */
  record Answer(
      long startedAt, long millis, int status, String retryAfter, String type, String id) {}

  @BeforeAll
  static void startServerBehindProxy() throws Exception {
    Matcher target =
        Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.+)").matcher(PostgresqlRequired.URL);
    assertTrue(target.matches(), "a PostgreSQL URL with host and port: " + PostgresqlRequired.URL);
    database = BackupDrill.restoredDemoDatabase();
    proxy = new TcpProxy(target.group(1), Integer.parseInt(target.group(2)));
    int smtpPort =
        Integer.parseInt(System.getenv().getOrDefault("REDZAAM_TEST_OUTAGE_SMTP_PORT", "13026"));
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    int port = Integer.parseInt(System.getenv().getOrDefault("REDZAAM_TEST_OUTAGE_PORT", "18091"));
    base = URI.create("http://127.0.0.1:" + port + "/");
    int managementPort = port + 1000;
    management = URI.create("http://127.0.0.1:" + managementPort + "/");
    Path preBoot = Files.createTempFile("redzaam-pre-boot", ".txt");
    Files.writeString(
        preBoot,
        Files.readString(Path.of("src/main/payara/management-pre-boot.txt"))
            .replace("@PORT@", String.valueOf(managementPort))
            .replace("@ADDRESS@", "127.0.0.1"));
    log = Files.createTempFile("redzaam-operated", ".log");
    accessLogs = Files.createTempDirectory("redzaam-access-log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server =
        new ProcessBuilder(
                java,
                "-Dredzaam.db.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                "-Dredzaam.db.user=" + PostgresqlRequired.USER,
                "-Dredzaam.db.password=" + PostgresqlRequired.PASSWORD,
                "-Dredzaam.public-url=" + base,
                "-Dredzaam.mail.smtp.host=127.0.0.1",
                "-Dredzaam.mail.smtp.port=" + smtpPort,
                "-Dredzaam.mail.poll-interval-seconds=1",
                "-Dredzaam.mail.retry.first-seconds=1",
                "-Dredzaam.mail.smtp.security=none",
                "-Dredzaam.mail.from.address=noreply@storing.example",
                "-Dredzaam.management-port=" + managementPort,
                "-jar",
                new File("target/payara-micro.jar").getAbsolutePath(),
                "--deploy",
                new File(System.getProperty("redzaam.war")).getAbsolutePath(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--nohazelcast",
                // Logs as the operations guide sets them up: JSON lines and an access log.
                "--logProperties",
                new File("src/main/payara/logging-json.properties").getAbsolutePath(),
                "--accessLog",
                accessLogs.toString(),
                "--accessLogFormat",
                "%client.name% %datetime% \"%request%\" %status% %response.length% %time-taken%",
                "--accessLogInterval",
                "1",
                // The management port as ./redzaam sets it up: metrics there, not on the API's.
                "--prebootcommandfile",
                preBoot.toString(),
                "--postbootcommandfile",
                new File("src/main/payara/management-post-boot.txt").getAbsolutePath())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (true) {
      try {
        if (get(client, "health").statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // Still starting.
      }
      if (System.nanoTime() > deadline || !server.isAlive()) {
        throw new AssertionError("The server did not become healthy; its log: " + tail(log));
      }
      Thread.sleep(1000);
    }
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    if (proxy != null) {
      proxy.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (database != null) {
      BackupDrill.drop(database);
    }
  }

  @Test
  @Order(0)
  void started_on_a_restored_backup_it_shows_the_same_trajectories() throws Exception {
    String coach = new ApiLogin(http, base).bearer(COACH, COACH_PASSWORD);
    HttpResponse<String> me = send(coach, "api/v1/me");
    String coachId = JsonCalls.object(me).getString("id");

    HttpResponse<String> caseload = send(coach, "api/v1/coaches/" + coachId + "/trajectories");
    HttpResponse<String> trajectory = send(coach, "api/v1/trajectories/" + BackupDrill.TRAJECTORY);

    assertEquals(200, caseload.statusCode(), caseload.body());
    assertTrue(caseload.body().contains(BackupDrill.TRAJECTORY.toString()), caseload.body());
    assertEquals(200, trajectory.statusCode(), trajectory.body());
    assertEquals(BackupDrill.TRAJECTORY.toString(), JsonCalls.object(trajectory).getString("id"));
  }

  private HttpResponse<String> send(String bearer, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).header("Authorization", bearer).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void its_log_lines_are_json_with_the_request_id_and_every_request_is_in_the_access_log()
      throws Exception {
    // An identity provider that is not there: its failure is logged while the request is served.
    String bearer = login().bearer(ADMIN, PASSWORD);
    HttpResponse<String> municipality =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/v1/municipality"))
                .header("Authorization", bearer)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String id = JsonCalls.object(municipality).getString("id");
    HttpResponse<String> connected =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/v1/municipality/identity-provider"))
                .header("Authorization", bearer)
                .header("If-Match", municipality.headers().firstValue("ETag").orElseThrow())
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"issuer\":\"http://127.0.0.1:1/nergens\",\"clientId\":\"redzaam\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(204, connected.statusCode(), connected.body());
    String requestId = "logtest-" + UUID.randomUUID();

    HttpResponse<String> failed =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/v1/identity-providers/" + id + "/logins"))
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(502, failed.statusCode(), failed.body());
    assertEquals(requestId, JsonCalls.object(failed).getString("requestId"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    List<String> lines;
    String accessLog;
    do {
      Thread.sleep(500);
      lines = Files.readAllLines(log);
      accessLog = accessLogText();
    } while (System.nanoTime() < deadline
        && !(lines.stream().anyMatch(l -> l.contains(requestId))
            && accessLog.contains("/identity-providers/" + id + "/logins")));
    List<String> nonEmpty = lines.stream().filter(l -> !l.isBlank()).toList();
    long json = nonEmpty.stream().filter(OperatedServerIT::isJsonObject).count();
    System.out.println(
        "Server log: " + json + " of " + nonEmpty.size() + " lines are JSON objects");
    assertTrue(json >= nonEmpty.size() * 0.95, "the log is not JSON lines:\n" + tail(log));
    jakarta.json.JsonObject line =
        nonEmpty.stream()
            .filter(l -> l.contains(requestId))
            .map(JsonCalls::object)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no line with " + requestId + ":\n" + tail(log)));
    assertEquals(requestId, line.getString("requestId"), line.toString());
    assertTrue(line.toString().contains("An identity provider failed"), line.toString());
    assertTrue(
        accessLog
            .lines()
            .anyMatch(
                l -> l.contains("/identity-providers/" + id + "/logins") && l.contains(" 502 ")),
        "no access log line for the failed login in:\n" + accessLog);
  }

  @Test
  @Order(2)
  void metrics_are_on_the_management_port_only_and_count_logins_and_mails() throws Exception {
    login().bearer(ADMIN, PASSWORD);

    HttpResponse<String> metrics = get(http, management.resolve("metrics?scope=application"));

    assertEquals(200, metrics.statusCode(), metrics.body());
    String text = metrics.body();
    assertTrue(
        text.lines()
            .anyMatch(
                l ->
                    l.startsWith("redzaam_logins_total{")
                        && l.contains("door=\"password\"")
                        && l.contains("outcome=\"success\"")),
        text);
    assertTrue(text.contains("redzaam_mails{"), text);
    assertTrue(text.contains("redzaam_requests_seconds_count{"), text);
    assertEquals(
        404, get(http, base.resolve("metrics")).statusCode(), "no metrics on the API's port");
    assertEquals(
        404,
        get(http, management.resolve("api/v1/openapi.json")).statusCode(),
        "no API on the management port");
  }

  @Test
  @Order(3)
  void during_an_outage_the_api_answers_503_and_afterwards_no_acknowledged_write_is_lost()
      throws Exception {
    String bearer = login().bearer(ADMIN, PASSWORD);
    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<long[]> health = new ConcurrentLinkedQueue<>();
    long t0 = System.nanoTime();
    List<Thread> load = new ArrayList<>();
    java.util.concurrent.atomic.AtomicLong stopAt =
        new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
    for (int i = 0; i < 3; i++) {
      load.add(
          started(
              () -> {
                while (System.nanoTime() < stopAt.get()) {
                  answers.add(createTeam(bearer, t0));
                }
              }));
    }
    // Each staff member added queues an activation mail in the same transaction.
    ConcurrentLinkedQueue<Answer> colleagues = new ConcurrentLinkedQueue<>();
    load.add(
        started(
            () -> {
              while (System.nanoTime() < stopAt.get()) {
                colleagues.add(addStaffMember(bearer, t0));
                sleep(100);
              }
            }));
    load.add(
        started(
            () -> {
              while (System.nanoTime() < stopAt.get()) {
                long at = millisSince(t0);
                int status;
                try {
                  status = get(http, "health").statusCode();
                } catch (Exception e) {
                  status = -1;
                }
                health.add(new long[] {at, status});
                sleep(1000);
              }
            }));

    Thread.sleep(5_000);
    long cutAt = millisSince(t0);
    proxy.cut();
    Thread.sleep(OUTAGE.toMillis());
    long restoredAt = millisSince(t0);
    proxy.restore();
    // Until writes are taken again (at most 30 s are allowed), then a while to see them go on.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(31);
    while (System.nanoTime() < deadline
        && answers.stream().noneMatch(a -> a.startedAt() >= restoredAt && a.status() == 201)) {
      Thread.sleep(200);
    }
    Thread.sleep(8_000);
    stopAt.set(System.nanoTime());
    for (Thread thread : load) {
      thread.join(20_000);
    }

    List<Answer> all = new ArrayList<>(answers);
    // Requests that started in the outage (after a second for the cut to be noticed).
    List<Answer> during =
        all.stream()
            .filter(a -> a.startedAt() > cutAt + 1000 && a.startedAt() + a.millis() < restoredAt)
            .toList();
    long firstWriteAfter =
        all.stream()
            .filter(a -> a.startedAt() >= restoredAt && a.status() == 201)
            .mapToLong(a -> a.startedAt() + a.millis() - restoredAt)
            .min()
            .orElse(-1);
    Set<String> acknowledged = new HashSet<>();
    all.stream().filter(a -> a.status() == 201).forEach(a -> acknowledged.add(a.id()));
    Set<String> stored = storedTeams();
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(stored);

    Map<String, Integer> statuses = new TreeMap<>();
    for (Answer a : all) {
      String phase =
          a.startedAt() < cutAt ? "before" : a.startedAt() < restoredAt ? "outage" : "after";
      statuses.merge(phase + " " + a.status(), 1, Integer::sum);
    }
    long slowest = during.stream().mapToLong(Answer::millis).max().orElse(0);
    Map<String, Integer> clientErrors = new TreeMap<>();
    all.stream()
        .filter(a -> a.status() == -1)
        .forEach(a -> clientErrors.merge(a.type(), 1, Integer::sum));
    System.out.printf(
        "Database outage of %d s under load: %d requests %s; slowest answer during the outage"
            + " %d ms; first acknowledged write %d ms after the database returned; %d writes"
            + " acknowledged, %d of them lost, %d stored without acknowledgement; requests that"
            + " got no answer: %s%n",
        OUTAGE.toSeconds(),
        all.size(),
        statuses,
        slowest,
        firstWriteAfter,
        acknowledged.size(),
        lost.size(),
        stored.size() - (acknowledged.size() - lost.size()),
        clientErrors);

    assertTrue(
        all.stream().noneMatch(a -> a.status() >= 500 && a.status() != 503),
        "no 500s: " + statuses);
    assertTrue(during.size() > 10, "load went on during the outage: " + statuses);
    for (Answer a : during) {
      assertEquals(503, a.status(), "during the outage: " + a);
      assertEquals(String.valueOf(5), a.retryAfter(), "Retry-After: " + a);
      assertTrue(a.type().startsWith("application/problem+json"), "problem+json: " + a);
    }
    assertTrue(slowest < 5_000, "no answer slower than 5 s during the outage: " + slowest);
    assertTrue(
        health.stream().anyMatch(h -> h[0] > cutAt + 2000 && h[0] < restoredAt && h[1] == 503),
        "/health said not ready during the outage");
    assertTrue(
        firstWriteAfter >= 0 && firstWriteAfter <= 30_000,
        "writes taken again within 30 s: " + firstWriteAfter + " ms; log: " + tail(log));
    assertEquals(Set.of(), lost, "acknowledged writes that are not in the database");
    long lastHealth = health.stream().mapToLong(h -> h[1]).reduce((a, b) -> b).orElse(0);
    assertEquals(200, lastHealth, "/health ready again after the outage");
    assertEveryQueuedMailArrivesOnce(colleagues);
  }

  /**
   * The mail ledger: every staff member whose addition was acknowledged, and every one stored
   * although its answer was lost, gets exactly one activation mail; nobody else gets one.
   */
  private static void assertEveryQueuedMailArrivesOnce(ConcurrentLinkedQueue<Answer> colleagues)
      throws Exception {
    Set<String> acknowledged = new HashSet<>();
    colleagues.stream().filter(a -> a.status() == 201).forEach(a -> acknowledged.add(a.id()));
    Set<String> stored = storedStaffEmails();
    Set<String> tried = new HashSet<>();
    colleagues.forEach(a -> tried.add(a.id()));
    tried.retainAll(stored); // stored: the mail is due, acknowledged or not
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Map<String, Integer> received;
    do {
      Thread.sleep(500);
      received = mailsPerRecipient();
    } while (System.nanoTime() < deadline && !received.keySet().containsAll(tried));
    Thread.sleep(3_000); // a mail sent twice would arrive by now
    received = mailsPerRecipient();
    Set<String> missing = new HashSet<>(tried);
    missing.removeAll(received.keySet());
    Map<String, Integer> twice = new TreeMap<>();
    received.forEach(
        (to, n) -> {
          if (n > 1) {
            twice.put(to, n);
          }
        });
    Set<String> unexpected = new HashSet<>(received.keySet());
    unexpected.removeIf(to -> !to.startsWith("collega-"));
    unexpected.removeAll(stored);
    System.out.printf(
        "Mail across the outage: %d staff members added (%d acknowledged, %d stored), %d"
            + " activation mails received, %d missing, %d sent more than once, %d for nobody%n",
        colleagues.size(),
        acknowledged.size(),
        tried.size(),
        received.size(),
        missing.size(),
        twice.size(),
        unexpected.size());
    assertTrue(stored.containsAll(acknowledged), "acknowledged staff members are stored");
    assertTrue(acknowledged.size() > 10, "mail was queued during the test: " + acknowledged.size());
    assertEquals(Set.of(), missing, "queued mails that never arrived");
    assertEquals(Map.of(), twice, "mails that arrived more than once");
    assertEquals(Set.of(), unexpected, "mails for staff members that were not stored");
  }

  private Answer addStaffMember(String bearer, long t0) {
    long started = millisSince(t0);
    long begin = System.nanoTime();
    String email = "collega-" + UUID.randomUUID() + "@storing.example";
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(base.resolve("/api/v1/staff-members"))
                  .timeout(Duration.ofSeconds(20))
                  .header("Authorization", bearer)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\": \"Collega\", \"email\": \""
                              + email
                              + "\", \"roles\": [\"COACH\"]}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          started,
          (System.nanoTime() - begin) / 1_000_000,
          response.statusCode(),
          response.headers().firstValue("Retry-After").orElse(null),
          response.headers().firstValue("Content-Type").orElse(""),
          email);
    } catch (Exception e) {
      return new Answer(
          started, (System.nanoTime() - begin) / 1_000_000, -1, null, e.toString(), email);
    }
  }

  private static Map<String, Integer> mailsPerRecipient() throws Exception {
    Map<String, Integer> perRecipient = new TreeMap<>();
    for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
      for (jakarta.mail.Address to : m.getAllRecipients()) {
        perRecipient.merge(to.toString(), 1, Integer::sum);
      }
    }
    return perRecipient;
  }

  private static Set<String> storedStaffEmails() throws Exception {
    Set<String> emails = new HashSet<>();
    try (Connection db = connect();
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery("select email from staff_member where email like 'collega-%'")) {
      while (rows.next()) {
        emails.add(rows.getString(1));
      }
    }
    return emails;
  }

  private Answer createTeam(String bearer, long t0) {
    long started = millisSince(t0);
    long begin = System.nanoTime();
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(base.resolve("/api/v1/coach-teams"))
                  .timeout(Duration.ofSeconds(20))
                  .header("Authorization", bearer)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\": \"Storing " + UUID.randomUUID() + "\", \"memberIds\": []}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String location = response.headers().firstValue("Location").orElse("");
      return new Answer(
          started,
          (System.nanoTime() - begin) / 1_000_000,
          response.statusCode(),
          response.headers().firstValue("Retry-After").orElse(null),
          response.headers().firstValue("Content-Type").orElse(""),
          location.isEmpty() ? null : location.substring(location.lastIndexOf('/') + 1));
    } catch (Exception e) {
      return new Answer(
          started, (System.nanoTime() - begin) / 1_000_000, -1, null, e.toString(), null);
    }
  }

  private static Set<String> storedTeams() throws Exception {
    Set<String> ids = new HashSet<>();
    try (Connection db = connect();
        Statement query = db.createStatement();
        ResultSet rows = query.executeQuery("select id from coach_team")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  /** The restored database the server runs on, directly, not through the proxy. */
  private static Connection connect() throws Exception {
    return DriverManager.getConnection(
        BackupDrill.url(database), PostgresqlRequired.USER, PostgresqlRequired.PASSWORD);
  }

  private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return get(client, base.resolve(path));
  }

  private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Thread started(Runnable work) {
    Thread thread = new Thread(work, "outage-load");
    thread.start();
    return thread;
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ApiLogin login() {
    if (login == null) {
      login = new ApiLogin(http, base);
    }
    return login;
  }

  private static boolean isJsonObject(String line) {
    try {
      JsonCalls.object(line);
      return true;
    } catch (RuntimeException notJson) {
      return false;
    }
  }

  private static String accessLogText() throws java.io.IOException {
    StringBuilder text = new StringBuilder();
    try (var files = Files.list(accessLogs)) {
      for (Path file : files.toList()) {
        text.append(Files.readString(file));
      }
    }
    return text.toString();
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
