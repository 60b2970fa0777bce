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
import nl.redzaam.deployment.JavaSeJpa;
import nl.redzaam.deployment.PostgresqlRequired;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup and restore drill of docs/operations.md, on the real PostgreSQL with its own tools: a
 * database with the demo data is dumped with pg_dump, restored with pg_restore into a fresh
 * database, and what the server does at start on it (Flyway, then the JPA adapter) finds every
 * table with the same rows and the same trajectory.
 */
@ExtendWith(PostgresqlRequired.class)
class BackupRestoreDrillTest {

  private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final String source = "drill_source_" + suffix;
  private final String restored = "drill_restored_" + suffix;

  @Test
  void a_dump_restored_into_a_fresh_database_holds_the_same_data() throws Exception {
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
        boolean seeded =
            JavaSeJpa.inTransaction(factory, em -> DemoDataTest.demoData(em).seedIfAbsent());
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
      System.out.println("Backup drill: " + before.size() + " tables compared row by row");
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
    } finally {
      Files.deleteIfExists(dump);
      dropDatabase(source);
      dropDatabase(restored);
    }
  }

  /** Per table: its row count and an md5 of all its rows in a fixed order. */
  private Map<String, String> checksums(String database) throws SQLException {
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

  private static String url(String database) {
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
