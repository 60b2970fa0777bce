package nl.redzaam.adapters.mail;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database with Redzaam's schema (the production migrations, emptied first) for the outbox tests.
 * Every call to {@link #dataSource()} gives a new, independent data source: a "server".
 */
record OutboxDatabase(String name, String url, String user, String password, String schema) {

  /** The outbox tests own this schema; the other test suites use other schemas. */
  static final String POSTGRESQL_SCHEMA = "redzaam_mail_it";

  static OutboxDatabase postgresql() {
    String url = env("REDZAAM_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    return new OutboxDatabase(
        "PostgreSQL",
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRESQL_SCHEMA,
        env("REDZAAM_TEST_DB_USER", "postgres"),
        env("REDZAAM_TEST_DB_PASSWORD", ""),
        POSTGRESQL_SCHEMA);
  }

  /** H2 in PostgreSQL mode, as Redzaam's embedded default. */
  static OutboxDatabase h2(Path file) {
    return new OutboxDatabase(
        "H2",
        "jdbc:h2:file:"
            + file.toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            // Kept open between connections: reopening the file for each one is slow.
            + ";DB_CLOSE_DELAY=-1",
        "sa",
        "",
        null);
  }

  void migrateFromScratch() {
    requireReachable();
    var configuration =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .cleanDisabled(false); // tests only: production never cleans
    if (schema != null) {
      configuration.schemas(schema).defaultSchema(schema);
    }
    Flyway flyway = configuration.load();
    flyway.clean();
    flyway.migrate();
  }

  DataSource dataSource() {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setUser(user);
    pg.setPassword(password);
    return pg;
  }

  private void requireReachable() {
    try (Connection ignored = dataSource().getConnection()) {
      // reachable
    } catch (SQLException e) {
      fail(
          "The mail outbox tests need "
              + name
              + " at "
              + url
              + " as user "
              + user
              + " ("
              + e.getMessage()
              + "). Start it with `pg_ctlcluster 15 main start` (install PostgreSQL 15 with a"
              + " database `test` if it is missing), or point REDZAAM_TEST_DB_URL,"
              + " REDZAAM_TEST_DB_USER and REDZAAM_TEST_DB_PASSWORD at another server.");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public String toString() {
    return name;
  }
}
