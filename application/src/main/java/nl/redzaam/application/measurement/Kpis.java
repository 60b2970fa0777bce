package nl.redzaam.application.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.CoachTeamId;

/**
 * The municipality's figures for one selection, as tables of named cells: the same shape for the
 * API, the dashboard and its CSV download.
 *
 * @param type null: every type
 * @param coachTeam null: every team
 * @param teams the coach teams one can select, for the filter
 */
public record Kpis(
    LocalDate from,
    LocalDate to,
    TrajectoryType type,
    CoachTeamId coachTeam,
    List<Table> tables,
    List<Team> teams) {

  public Kpis {
    tables = List.copyOf(tables);
    teams = List.copyOf(teams);
  }

  /** What a cell's number is. */
  public enum Unit {
    /** A number of trajectories. */
    COUNT,
    /** A median in days, one decimal. */
    DAYS,
    /** A median in weeks, one decimal. */
    WEEKS,
    /** A share in whole percents. */
    PERCENT
  }

  /**
   * One figure.
   *
   * @param value null when suppressed
   * @param suppressed true when the figure is hidden because it rests on fewer than {@link
   *     ReadKpis#SMALLEST_SHOWN} trajectories: it shows as "&lt; 5"
   */
  public record Cell(String key, Unit unit, BigDecimal value, boolean suppressed) {
    public Cell {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(unit, "unit");
      if (suppressed == (value != null)) {
        throw new IllegalArgumentException("A cell has a value or is suppressed");
      }
    }
  }

  /** A table of figures; each row is one cell. */
  public record Table(String key, List<Cell> rows) {
    public Table {
      Objects.requireNonNull(key, "key");
      rows = List.copyOf(rows);
    }

    public Cell row(String rowKey) {
      return rows.stream()
          .filter(c -> c.key().equals(rowKey))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No row " + rowKey + " in " + key));
    }
  }

  /** A coach team to filter by. */
  public record Team(CoachTeamId id, String name) {}

  public Table table(String key) {
    return tables.stream()
        .filter(t -> t.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No table " + key));
  }
}
