package nl.redzaam.adapters.persistence.jpa;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A database the tests run against: emptied and migrated by Flyway with the production migrations,
 * then opened with EclipseLink in Java SE (unit {@code redzaam-test}, RESOURCE_LOCAL).
 */
record TestDatabase(String name, String url, String user, String password, String schema) {

  /** Same compatibility settings as the embedded database of the deployment module. */
  static final String H2_POSTGRESQL_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  /**
   * The PostgreSQL server of the developer machine (127.0.0.1:5432, database {@code test}, user
   * {@code postgres} without password), or the one that REDZAAM_TEST_DB_URL, REDZAAM_TEST_DB_USER
   * and REDZAAM_TEST_DB_PASSWORD point at; the tests own the given schema.
   */
  static TestDatabase postgresql(String schema) {
    String url = env("REDZAAM_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    return new TestDatabase(
        "PostgreSQL",
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        env("REDZAAM_TEST_DB_USER", "postgres"),
        env("REDZAAM_TEST_DB_PASSWORD", ""),
        schema);
  }

  /** An H2 database in a file, in PostgreSQL mode like Redzaam's embedded database. */
  static TestDatabase h2File(Path file) {
    return new TestDatabase(
        "H2", "jdbc:h2:file:" + file.toAbsolutePath() + H2_POSTGRESQL_MODE, "sa", "", null);
  }

  /** Drops everything in the schema and applies all migrations. */
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

  EntityManagerFactory open(Map<String, String> extraProperties) {
    Map<String, String> properties = new HashMap<>(extraProperties);
    properties.put(
        "jakarta.persistence.jdbc.driver",
        url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", user);
    properties.put("jakarta.persistence.jdbc.password", password);
    return Persistence.createEntityManagerFactory("redzaam-test", properties);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private void requireReachable() {
    try (Connection ignored = connect()) {
      // reachable
    } catch (SQLException e) {
      fail(
          name
              + " not reachable at "
              + url
              + " as "
              + user
              + " ("
              + e.getMessage()
              + "). Start it with `pg_ctlcluster 15 main start`, or point REDZAAM_TEST_DB_URL,"
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
