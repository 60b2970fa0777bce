package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.domain.trajectory.Pause;
import nl.redzaam.domain.trajectory.Tempo;
import nl.redzaam.domain.trajectory.TempoChange;
import nl.redzaam.domain.trajectory.WeekClock;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the week clock (V12) of every trajectory whose coaching started, from its stored pauses and
 * tempo changes. Java, not SQL: the clock is the domain's rule ({@link WeekClock}), and walking the
 * schedule in SQL would copy it.
 */
public class V13__Fill_week_clock extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement started =
            connection.prepareStatement(
                "SELECT id, coaching_started_on, coaching_ended_on FROM trajectory"
                    + " WHERE coaching_started_on IS NOT NULL");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE trajectory SET week_clock_from_day = ?, week_clock_units_before = ?,"
                    + " week_clock_units_per_day = ? WHERE id = ?");
        ResultSet rows = started.executeQuery()) {
      while (rows.next()) {
        UUID id = rows.getObject(1, UUID.class);
        WeekClock c =
            WeekClock.of(
                    day(rows.getDate(2)),
                    day(rows.getDate(3)),
                    pauses(connection, id),
                    tempoChanges(connection, id))
                .orElseThrow();
        update.setInt(1, (int) c.from().toEpochDay());
        update.setLong(2, c.unitsBefore());
        update.setInt(3, c.unitsPerDay());
        update.setObject(4, id);
        update.executeUpdate();
      }
    }
  }

  private static List<Pause> pauses(Connection connection, UUID trajectory) throws SQLException {
    List<Pause> pauses = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT starts_on, ends_on FROM trajectory_pause WHERE trajectory_id = ?"
                + " ORDER BY position")) {
      query.setObject(1, trajectory);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          pauses.add(new Pause(day(rows.getDate(1)), day(rows.getDate(2))));
        }
      }
    }
    return pauses;
  }

  private static List<TempoChange> tempoChanges(Connection connection, UUID trajectory)
      throws SQLException {
    List<TempoChange> changes = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT starts_on, tempo FROM trajectory_tempo_change WHERE trajectory_id = ?"
                + " ORDER BY position")) {
      query.setObject(1, trajectory);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          changes.add(new TempoChange(day(rows.getDate(1)), Tempo.valueOf(rows.getString(2))));
        }
      }
    }
    return changes;
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
