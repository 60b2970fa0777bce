package nl.redzaam.adapters.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations run on both databases Redzaam supports, from scratch and idempotently. */
class MigrationsTest {

  /** Same compatibility settings as the embedded database of the deployment module. */
  private static final String H2_URL =
      "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
          + "DB_CLOSE_DELAY=-1";

  private static final String PG_URL =
      env("REDZAAM_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String PG_USER = env("REDZAAM_TEST_DB_USER", "postgres");
  private static final String PG_PASSWORD = env("REDZAAM_TEST_DB_PASSWORD", "");
  private static final String PG_SCHEMA = "redzaam_migration_test";

  @Test
  void migrations_run_on_h2_in_postgresql_mode() {
    Flyway flyway = Flyway.configure().dataSource(H2_URL, "sa", "").load();

    assertMigratesFromScratchThenDoesNothing(flyway);
  }

  @Test
  void migrations_run_on_postgresql() {
    assertPostgresqlReachable();
    Flyway flyway =
        Flyway.configure()
            .dataSource(PG_URL, PG_USER, PG_PASSWORD)
            .schemas(PG_SCHEMA)
            .cleanDisabled(false)
            .load();
    flyway.clean();

    assertMigratesFromScratchThenDoesNothing(flyway);
  }

  private static void assertMigratesFromScratchThenDoesNothing(Flyway flyway) {
    MigrateResult first = flyway.migrate();
    assertTrue(first.success);
    assertTrue(first.migrationsExecuted > 0, "no migration found in db/migration");

    MigrateResult second = flyway.migrate();
    assertEquals(0, second.migrationsExecuted);
  }

  private static void assertPostgresqlReachable() {
    try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
      // reachable
    } catch (SQLException e) {
      fail(
          "PostgreSQL not reachable at "
              + PG_URL
              + " as "
              + PG_USER
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
}
