package nl.redzaam.adapters.persistence.jpa.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.redzaam.adapters.persistence.jpa.NativeSql;
import nl.redzaam.application.port.KpiQuery;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;

/**
 * The municipality's figures in SQL that runs on PostgreSQL and on H2 (MODE=PostgreSQL): one
 * statement per figure, counting and taking medians ({@code PERCENTILE_CONT}) in the database.
 * {@code KpiQueryContract} holds each figure against trajectories with known dates on both.
 */
@ApplicationScoped
public class JpaKpiQuery implements KpiQuery {

  /**
   * Whole days from an invitation (a moment) to a Dutch date: the moment is taken in Dutch winter
   * time (UTC+1), so one sent between midnight and 1 a.m. in summer counts as the day before.
   */
  private static final String DAYS_FROM_INVITATION_TO_START =
      "CEILING((EXTRACT(EPOCH FROM t.coaching_started_on) - EXTRACT(EPOCH FROM t.invited_at)"
          + " - 3600) / 86400)";

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaKpiQuery() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaKpiQuery(EntityManager em) {
    this.em = em;
  }

  @Override
  public long invited(Selection s) {
    NativeSql sql = new NativeSql().append("SELECT COUNT(*) FROM trajectory t WHERE ");
    where(sql, s)
        .append(" AND t.invited_at >= ")
        .param(s.from().atStartOfDay(Trajectory.ZONE).toInstant())
        .append(" AND t.invited_at < ")
        .param(s.to().plusDays(1).atStartOfDay(Trajectory.ZONE).toInstant());
    return count(sql);
  }

  @Override
  public long started(Selection s) {
    NativeSql sql = new NativeSql().append("SELECT COUNT(*) FROM trajectory t WHERE ");
    startedIn(where(sql, s), s);
    return count(sql);
  }

  @Override
  public Median daysToStart(Selection s) {
    NativeSql sql =
        new NativeSql()
            .append("SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY ")
            .append(DAYS_FROM_INVITATION_TO_START)
            .append(") FROM trajectory t WHERE ");
    startedIn(where(sql, s), s).append(" AND t.invited_at IS NOT NULL");
    return median(sql);
  }

  @Override
  public Map<Stage, Long> inProgress(Selection s) {
    NativeSql sql = new NativeSql().append("SELECT t.stage, COUNT(*) FROM trajectory t WHERE ");
    where(sql, s).append(" AND t.stage <> 'CLOSED' GROUP BY t.stage");
    Map<Stage, Long> counts = counts(sql, Stage.class, Stage::valueOf);
    counts.remove(Stage.CLOSED);
    return counts;
  }

  @Override
  public Map<Outcome, Long> outcomes(Selection s) {
    NativeSql sql = new NativeSql().append("SELECT t.outcome, COUNT(*) ");
    finalConcludedIn(sql, s).append(" GROUP BY t.outcome");
    return counts(sql, Outcome.class, Outcome::valueOf);
  }

  @Override
  public Map<EarlyStopReason, Long> earlyStops(Selection s) {
    NativeSql sql =
        new NativeSql().append("SELECT t.early_stop_reason, COUNT(*) FROM trajectory t WHERE ");
    where(sql, s)
        .append(" AND t.early_stop_on BETWEEN ")
        .param(s.from())
        .append(" AND ")
        .param(s.to())
        .append(" GROUP BY t.early_stop_reason");
    return counts(sql, EarlyStopReason.class, EarlyStopReason::valueOf);
  }

  @Override
  public Median throughputDays(Selection s) {
    NativeSql sql =
        new NativeSql()
            .append("SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY")
            .append(" CAST(e.concluded_on - t.coaching_started_on AS INTEGER))");
    finalConcludedIn(sql, s).append(" AND t.coaching_started_on IS NOT NULL");
    return median(sql);
  }

  @Override
  public Map<Boolean, Long> stillIndependentAtLastCheckIn(Selection s) {
    NativeSql sql =
        new NativeSql()
            .append("SELECT c.still_independent, COUNT(*) FROM trajectory t")
            .append(" JOIN trajectory_check_in c ON c.trajectory_id = t.id WHERE ");
    where(sql, s)
        .append(" AND t.outcome = ")
        .param(Outcome.INDEPENDENT.name())
        .append(" AND t.closed_on BETWEEN ")
        .param(s.from())
        .append(" AND ")
        .param(s.to())
        .append(" AND c.held_on IS NOT NULL AND c.still_independent IS NOT NULL")
        // The last held check-in: none held later (or the same day, further down the list).
        .append(" AND NOT EXISTS (SELECT 1 FROM trajectory_check_in later")
        .append(" WHERE later.trajectory_id = t.id AND later.held_on IS NOT NULL")
        .append(" AND (later.held_on > c.held_on")
        .append(" OR (later.held_on = c.held_on AND later.position > c.position)))")
        .append(" GROUP BY c.still_independent");
    Map<Boolean, Long> counts = new HashMap<>(Map.of(true, 0L, false, 0L));
    for (Object[] row : sql.rows(em)) {
      counts.put((Boolean) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** The municipality, the type and the coaches of the selection. */
  private static NativeSql where(NativeSql sql, Selection s) {
    sql.append("t.municipality_id = ").param(s.municipality().value());
    s.type().ifPresent(type -> sql.append(" AND t.trajectory_type = ").param(type.name()));
    s.coaches().ifPresent(coaches -> coachedByOneOf(sql, coaches));
    return sql;
  }

  private static void coachedByOneOf(NativeSql sql, Set<StaffMemberId> coaches) {
    if (coaches.isEmpty()) {
      sql.append(" AND 1 = 0");
      return;
    }
    sql.append(" AND t.id IN (SELECT tc.trajectory_id FROM trajectory_coach tc")
        .append(" WHERE tc.staff_member_id IN (");
    String marks =
        String.join(
            ", ",
            coaches.stream().map(StaffMemberId::value).sorted().map(sql::placeholder).toList());
    sql.append(marks).append("))");
  }

  private static NativeSql startedIn(NativeSql sql, Selection s) {
    return sql.append(" AND t.coaching_started_on BETWEEN ")
        .param(s.from())
        .append(" AND ")
        .param(s.to());
  }

  /** FROM and WHERE for the trajectories whose final evaluation was concluded in the period. */
  private static NativeSql finalConcludedIn(NativeSql sql, Selection s) {
    sql.append(" FROM trajectory t JOIN trajectory_evaluation e ON e.trajectory_id = t.id")
        .append(" AND e.kind = ")
        .param(EvaluationKind.FINAL.name())
        .append(" WHERE ");
    return where(sql, s)
        .append(" AND t.outcome IS NOT NULL AND e.concluded_on BETWEEN ")
        .param(s.from())
        .append(" AND ")
        .param(s.to());
  }

  private long count(NativeSql sql) {
    return ((Number) sql.rows(em).get(0)[0]).longValue();
  }

  private Median median(NativeSql sql) {
    Object[] row = sql.rows(em).get(0);
    long count = ((Number) row[0]).longValue();
    return new Median(count, row[1] == null ? null : new BigDecimal(row[1].toString()));
  }

  private <E extends Enum<E>> Map<E, Long> counts(
      NativeSql sql, Class<E> kind, Function<String, E> parse) {
    Map<E, Long> counts = new EnumMap<>(kind);
    for (E value : kind.getEnumConstants()) {
      counts.put(value, 0L);
    }
    for (Object[] row : sql.rows(em)) {
      counts.put(parse.apply((String) row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }
}
