package nl.redzaam.adapters.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import nl.redzaam.domain.trajectory.Pause;
import nl.redzaam.domain.trajectory.Tempo;
import nl.redzaam.domain.trajectory.TempoChange;
import nl.redzaam.domain.trajectory.WeekClock;
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

  /**
   * V13 gives the trajectories stored before V12 their week clock: the week the caseload query
   * computes from it is the week the schedule gives (coaching from 2 March, paused 10 to 17 March,
   * faster from 20 March: 116 units by 1 April, week 5, as {@code WeekClock.of} says).
   */
  @Test
  void the_week_clock_of_trajectories_stored_before_it_is_filled() throws SQLException {
    String url = "jdbc:h2:mem:week-clock;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").target("12").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement sql = c.createStatement()) {
      sql.execute(
          "INSERT INTO municipality VALUES ('00000000-0000-0000-0000-000000000001', 'G', 0)");
      sql.execute(
          "INSERT INTO resident (id, municipality_id, first_name, last_name, email, version)"
              + " VALUES ('00000000-0000-0000-0000-000000000002',"
              + " '00000000-0000-0000-0000-000000000001', 'A', 'B', 'a@example.nl', 0)");
      sql.execute(
          "INSERT INTO staff_member (id, municipality_id, name, email, active, version)"
              + " VALUES ('00000000-0000-0000-0000-000000000003',"
              + " '00000000-0000-0000-0000-000000000001', 'C', 'c@example.nl', TRUE, 0)");
      for (String id : List.of("10", "11")) {
        sql.execute(
            "INSERT INTO trajectory (id, municipality_id, resident_id, trajectory_type,"
                + " catalogue_version, stage, mid_evaluation_week, started_at, started_by,"
                + " coaching_started_on, version) VALUES ('00000000-0000-0000-0000-0000000000"
                + id
                + "', '00000000-0000-0000-0000-000000000001',"
                + " '00000000-0000-0000-0000-000000000002', 'DEBT_ASSISTANCE', 1,"
                + " 'COACHING_PART_ONE', 18, TIMESTAMP WITH TIME ZONE '2026-02-01 10:00:00+01',"
                + " '00000000-0000-0000-0000-000000000003', "
                + (id.equals("10") ? "DATE '2026-03-02'" : "NULL")
                + ", 0)");
      }
      sql.execute(
          "INSERT INTO trajectory_pause VALUES ('00000000-0000-0000-0000-000000000010', 0,"
              + " DATE '2026-03-10', DATE '2026-03-17')");
      sql.execute(
          "INSERT INTO trajectory_tempo_change VALUES ('00000000-0000-0000-0000-000000000010', 0,"
              + " DATE '2026-03-20', 'FASTER')");

      Flyway.configure().dataSource(url, "sa", "").load().migrate();

      WeekClock expected =
          WeekClock.of(
                  LocalDate.of(2026, 3, 2),
                  null,
                  List.of(new Pause(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17))),
                  List.of(new TempoChange(LocalDate.of(2026, 3, 20), Tempo.FASTER)))
              .orElseThrow();
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT week_clock_from_day, week_clock_units_before, week_clock_units_per_day"
                  + " FROM trajectory ORDER BY id")) {
        rows.next();
        assertEquals(expected.from().toEpochDay(), rows.getInt(1));
        assertEquals(expected.unitsBefore(), rows.getLong(2));
        assertEquals(expected.unitsPerDay(), rows.getInt(3));
        assertEquals(5, expected.weekOn(LocalDate.of(2026, 4, 1)));
        rows.next();
        rows.getInt(1);
        assertTrue(rows.wasNull(), "before coaching there is no clock");
      }
    }
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
