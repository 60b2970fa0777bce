package nl.redzaam.deployment.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.deployment.JavaSeJpa;
import nl.redzaam.deployment.PostgresqlRequired;
import org.flywaydb.core.Flyway;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * The backup and restore drill of docs/operations.md, on the real PostgreSQL with its own tools: a
 * database with the demo data is dumped with pg_dump and restored with pg_restore into a fresh
 * database; Flyway finds nothing to do on it, every table has the same rows, and JPA reads the same
 * trajectory. {@code OperatedServerIT} then starts the server on the restored database.
 */
public final class BackupDrill {

  /** The demo trajectory, which the server on the restored database must show. */
  public static final UUID TRAJECTORY = DemoData.TRAJECTORY.value();

  private BackupDrill() {}

  /**
   * Runs the drill and answers the name of the restored database, which the caller drops with
   * {@link #drop} when done.
   */
  public static String restoredDemoDatabase() throws Exception {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String source = "drill_source_" + suffix;
    String restored = "drill_restored_" + suffix;
    Path dump = Files.createTempFile("redzaam-drill", ".dump");
    try {
      createDatabase(source);
      createDatabase(restored);
      int migrations =
          Flyway.configure()
              .dataSource(url(source), user(), password())
              .locations("classpath:db/migration")
              .load()
              .migrate()
              .migrationsExecuted;
      assertTrue(migrations > 10, migrations + " migrations");
      EntityManagerFactory factory = JavaSeJpa.open(url(source), user(), password());
      try {
        // Real PBKDF2 hashes, as the embedded default makes them: the server logs in with them.
        boolean seeded =
            JavaSeJpa.inTransaction(
                factory,
                em -> {
                  DemoData demo = DemoDataTest.demoData(em);
                  demo.passwords = realPasswordHashing();
                  return demo.seedIfAbsent();
                });
        assertTrue(seeded, "the fresh database got the demo data");
      } finally {
        factory.close();
      }

      run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + source);
      run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restored, dump.toString());

      // What the server does at start: Flyway finds nothing to do, JPA reads the data.
      assertEquals(
          0,
          Flyway.configure()
              .dataSource(url(restored), user(), password())
              .locations("classpath:db/migration")
              .load()
              .migrate()
              .migrationsExecuted);
      Map<String, String> before = checksums(source);
      Map<String, String> after = checksums(restored);
      System.out.println(
          "Backup drill: "
              + before.size()
              + " tables compared row by row after pg_dump and pg_restore ("
              + Files.size(dump)
              + " bytes)");
      assertEquals(before, after);
      EntityManagerFactory restoredFactory = JavaSeJpa.open(url(restored), user(), password());
      try {
        JavaSeJpa.inTransaction(
            restoredFactory,
            em -> {
              var trajectory =
                  DemoDataTest.demoData(em).trajectories.find(DemoData.TRAJECTORY).orElseThrow();
              assertEquals(DemoData.RESIDENT, trajectory.residentId());
              return null;
            });
      } finally {
        restoredFactory.close();
      }
      return restored;
    } catch (Exception | AssertionError e) {
      dropDatabase(restored);
      throw e;
    } finally {
      Files.deleteIfExists(dump);
      dropDatabase(source);
    }
  }

  private static PasswordHashing realPasswordHashing() {
    return PasswordHashing.outsideContainer(new Pbkdf2PasswordHashImpl());
  }

  public static void drop(String database) throws SQLException {
    dropDatabase(database);
  }

  /** Per table: its row count and an md5 of all its rows in a fixed order. */
  private static Map<String, String> checksums(String database) throws SQLException {
    Map<String, String> sums = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(url(database), user(), password());
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                  + " AND table_type = 'BASE TABLE'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet sum =
            statement.executeQuery(
                "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY"
                    + " t::text)), '') FROM \""
                    + table
                    + "\" t")) {
          sum.next();
          sums.put(table, sum.getString(1));
        }
      }
    }
    return sums;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    URI server = URI.create(PostgresqlRequired.URL.substring("jdbc:".length()));
    List<String> full = new ArrayList<>(List.of(command));
    full.add(1, "--host=" + server.getHost());
    full.add(2, "--port=" + server.getPort());
    full.add(3, "--username=" + user());
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password());
    Process process;
    try {
      process = builder.start();
    } catch (IOException missing) {
      fail(command[0] + " is not installed: install Debian's postgresql-client (" + missing + ")");
      return;
    }
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), command[0] + " did not finish");
    assertEquals(0, process.exitValue(), String.join(" ", full) + ":\n" + output);
  }

  private static void createDatabase(String name) throws SQLException {
    admin("CREATE DATABASE " + name);
  }

  private static void dropDatabase(String name) throws SQLException {
    admin("DROP DATABASE IF EXISTS " + name);
  }

  private static void admin(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(PostgresqlRequired.URL, user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The JDBC URL of a database on the test server. */
  public static String url(String database) {
    String url = PostgresqlRequired.URL;
    return url.substring(0, url.lastIndexOf('/') + 1) + database;
  }

  private static String user() {
    return PostgresqlRequired.USER;
  }

  private static String password() {
    return PostgresqlRequired.PASSWORD;
  }
}
