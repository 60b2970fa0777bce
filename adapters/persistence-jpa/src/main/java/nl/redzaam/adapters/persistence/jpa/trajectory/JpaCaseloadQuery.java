package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.redzaam.adapters.persistence.jpa.NativeSql;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.port.CaseloadQuery;
import nl.redzaam.application.port.CaseloadQuery.Scope;
import nl.redzaam.application.port.CaseloadQuery.Sort;
import nl.redzaam.application.port.CaseloadQuery.Waiting;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.WeekClock;

/**
 * The caseload in one SQL statement: the coach's and their team's running trajectories with the
 * week (from the stored {@link WeekClock}), what waits and why, filtered, sorted and paged by the
 * database, with the number of all matching rows alongside ({@code COUNT(*) OVER ()}). The rules
 * are the trajectory's, restated in SQL; {@code CaseloadQueryContract} holds them against the
 * domain on PostgreSQL and H2.
 */
@ApplicationScoped
public class JpaCaseloadQuery implements CaseloadQuery {

  /** From activation until the final evaluation the resident is expected to act. */
  private static final String EXPECTED_TO_ACT =
      inList(
          Stream.of(Stage.values())
              .filter(s -> s.step() >= Stage.ACTIVATED.step())
              .filter(s -> s.step() <= Stage.FINAL_EVALUATION.step()));

  // Trajectory.evaluationDue, stage by stage.
  private static final String EVALUATION_DUE =
      "CASE"
          + " WHEN stage IN ('ACTIVATED', 'START_SCREENING', 'START_CONVERSATION') THEN 'START'"
          + " WHEN stage = 'COACHING_PART_ONE' AND current_week >= mid_evaluation_week THEN 'MID'"
          + " WHEN stage = 'MID_EVALUATION' THEN 'MID'"
          + " WHEN stage IN ('COACHING_PART_TWO', 'END_SCREENING')"
          + "   AND current_week >= GREATEST(catalogue_last_week, own_last_week) THEN 'FINAL'"
          + " WHEN stage = 'FINAL_EVALUATION' THEN 'FINAL'"
          + " END";

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaCaseloadQuery() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaCaseloadQuery(EntityManager em) {
    this.em = em;
  }

  @Override
  public Set<CatalogueId> cataloguesInUse(MunicipalityId municipality, Set<StaffMemberId> coaches) {
    if (coaches.isEmpty()) {
      return Set.of();
    }
    NativeSql sql = new NativeSql();
    sql.append(
            "SELECT DISTINCT t.trajectory_type, t.catalogue_version, t.catalogue_municipality_id")
        .append(" FROM trajectory t WHERE ")
        .append(running(sql, municipality, coaches));
    Set<CatalogueId> used = new HashSet<>();
    for (Object[] row : sql.rows(em)) {
      TrajectoryType type = TrajectoryType.valueOf((String) row[0]);
      int version = ((Number) row[1]).intValue();
      used.add(
          row[2] == null
              ? new CatalogueId(type, version)
              : new CatalogueId(type, version, new MunicipalityId(uuid(row[2]))));
    }
    return used;
  }

  @Override
  public ResultPage<Row> page(Criteria c) {
    if (c.coaches().isEmpty()) {
      return c.page().of(List.of());
    }
    // Nested derived tables, not a chain of WITH queries: H2 2.2 answers a WITH query that reads
    // another one holding correlated subqueries with no rows at all.
    NativeSql sql = new NativeSql();
    sql.append("SELECT trajectory_id, resident_id, first_name, last_name, trajectory_type, stage,")
        .append(" current_week, paused, answers_to_review, notes_awaiting_reply, unread_messages,")
        .append(
            " evaluation_due, activated_at, last_submitted, last_draft, last_note, last_message,")
        .append(" silent, stand_in, COUNT(*) OVER () AS total FROM (SELECT judged.*,")
        .append(" CASE WHEN answers_to_review > 0 THEN 1 ELSE 0 END")
        .append(" + CASE WHEN notes_awaiting_reply > 0 THEN 1 ELSE 0 END")
        .append(" + CASE WHEN unread_messages > 0 THEN 1 ELSE 0 END")
        .append(" + CASE WHEN evaluation_due IS NOT NULL THEN 1 ELSE 0 END")
        .append(" + CASE WHEN silent THEN 1 ELSE 0 END AS reasons,")
        .append(" answers_to_review + notes_awaiting_reply + unread_messages AS things,")
        .append(" LOWER(first_name || ' ' || last_name) AS sort_name FROM (SELECT line.*, ")
        .append(EVALUATION_DUE)
        .append(" AS evaluation_due, CASE WHEN stage IN ")
        .append(EXPECTED_TO_ACT)
        .append(" AND NOT paused");
    for (String moment :
        List.of("activated_at", "last_submitted", "last_draft", "last_note", "last_message")) {
      sql.append(" AND (" + moment + " IS NULL OR " + moment + " <= ")
          .param(c.silentSince())
          .append(")");
    }
    sql.append(" THEN TRUE ELSE FALSE END AS silent FROM (");
    line(sql, c);
    sql.append(") line) judged) counted WHERE ")
        .append(filter(c.scope(), c.waitingFor()))
        .append(
            c.sort() == Sort.MOST_WAITING
                ? " ORDER BY reasons DESC, things DESC, sort_name, trajectory_id"
                : " ORDER BY sort_name, trajectory_id")
        .append(" LIMIT ")
        .param(c.page().pageSize())
        .append(" OFFSET ")
        .param((long) (c.page().page() - 1) * c.page().pageSize());
    List<Object[]> rows = sql.rows(em);
    long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[19]).longValue();
    if (rows.isEmpty() && c.page().page() > 1) {
      // Past the last page: the window counted nothing, so count the first page's rows.
      total = page(withFirstPage(c)).totalItems();
    }
    return new ResultPage<>(
        rows.stream().map(JpaCaseloadQuery::row).toList(),
        c.page().page(),
        c.page().pageSize(),
        total);
  }

  /** One row per running trajectory of the coaches, with what the rules below need. */
  private static void line(NativeSql sql, Criteria c) {
    sql.append("SELECT t.id AS trajectory_id, t.resident_id, r.first_name,")
        .append(" r.last_name, t.trajectory_type, t.stage, t.mid_evaluation_week,")
        .append(
            " CASE WHEN t.week_clock_from_day IS NULL THEN 0 ELSE 1 + (t.week_clock_units_before")
        .append(" + (CASE WHEN ")
        .param(c.today().toEpochDay())
        .append(" > t.week_clock_from_day THEN ")
        .param(c.today().toEpochDay())
        .append(" - t.week_clock_from_day ELSE 0 END) * t.week_clock_units_per_day) / ")
        .param(WeekClock.UNITS_PER_WEEK)
        .append(" END AS current_week, ")
        .append(lastWeekOfCatalogue(sql, c.lastWeeks()))
        .append(" AS catalogue_last_week,")
        .append(" COALESCE((SELECT MAX(o.week) FROM trajectory_own_assignment o")
        .append("   WHERE o.trajectory_id = t.id), 0) AS own_last_week,")
        .append(" EXISTS (SELECT 1 FROM trajectory_pause p WHERE p.trajectory_id = t.id")
        .append("   AND p.ends_on IS NULL) AS paused,")
        .append(" (SELECT COUNT(*) FROM trajectory_assignment_progress a")
        .append("   WHERE a.trajectory_id = t.id AND a.state = 'SUBMITTED') AS answers_to_review,")
        .append(" (SELECT COUNT(*) FROM trajectory_note n WHERE n.trajectory_id = t.id")
        .append(
            "   AND NOT EXISTS (SELECT 1 FROM trajectory_note_reply nr WHERE nr.note_id = n.id))")
        .append("   AS notes_awaiting_reply,")
        .append(" (SELECT COUNT(*) FROM message m WHERE m.trajectory_id = t.id")
        .append(
            "   AND m.author_kind = 'RESIDENT' AND NOT EXISTS (SELECT 1 FROM message_reading mr")
        .append("   WHERE mr.message_id = m.id AND mr.reader_kind = 'STAFF')) AS unread_messages,")
        // The resident's moments, each source on its own: the latest is taken in Java.
        .append(" t.activated_at,")
        .append(" (SELECT MAX(a.submitted_at) FROM trajectory_assignment_progress a")
        .append("   WHERE a.trajectory_id = t.id) AS last_submitted,")
        .append(" (SELECT MAX(a.draft_saved_at) FROM trajectory_assignment_progress a")
        .append("   WHERE a.trajectory_id = t.id) AS last_draft,")
        .append(" (SELECT MAX(n.written_at) FROM trajectory_note n WHERE n.trajectory_id = t.id)")
        .append("   AS last_note,")
        .append(" (SELECT MAX(m.sent_at) FROM message m WHERE m.trajectory_id = t.id")
        .append("   AND m.author_kind = 'RESIDENT') AS last_message,")
        .append(" NOT EXISTS (SELECT 1 FROM trajectory_coach c WHERE c.trajectory_id = t.id")
        .append("   AND c.staff_member_id = ")
        .param(c.coach().value())
        .append(") AS stand_in")
        .append(" FROM trajectory t JOIN resident r ON r.id = t.resident_id WHERE ")
        .append(running(sql, c.municipality(), c.coaches()));
  }

  private static Criteria withFirstPage(Criteria c) {
    return new Criteria(
        c.municipality(),
        c.coach(),
        c.coaches(),
        c.scope(),
        c.waitingFor(),
        c.sort(),
        new PageRequest(1, 1),
        c.today(),
        c.silentSince(),
        c.lastWeeks());
  }

  private static Row row(Object[] r) {
    Instant lastActivity =
        Stream.of(r[12], r[13], r[14], r[15], r[16])
            .map(JpaCaseloadQuery::instant)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    return new Row(
        new TrajectoryId(uuid(r[0])),
        new ResidentId(uuid(r[1])),
        r[2] + " " + r[3],
        TrajectoryType.valueOf((String) r[4]),
        Stage.valueOf((String) r[5]),
        ((Number) r[6]).intValue(),
        (Boolean) r[7],
        ((Number) r[8]).longValue(),
        ((Number) r[9]).longValue(),
        ((Number) r[10]).longValue(),
        r[11] == null ? null : EvaluationKind.valueOf((String) r[11]),
        lastActivity,
        (Boolean) r[17],
        (Boolean) r[18]);
  }

  /** Not closed, in the municipality, with one of the coaches among its coaches. */
  private static String running(
      NativeSql sql, MunicipalityId municipality, Set<StaffMemberId> coaches) {
    StringBuilder where = new StringBuilder("t.municipality_id = ");
    where.append(sql.placeholder(municipality.value()));
    where.append(" AND t.stage <> 'CLOSED' AND t.id IN (SELECT tc.trajectory_id");
    where.append(" FROM trajectory_coach tc WHERE tc.staff_member_id IN (");
    List<String> marks = new ArrayList<>();
    coaches.stream()
        .map(StaffMemberId::value)
        .sorted()
        .forEach(id -> marks.add(sql.placeholder(id)));
    return where.append(String.join(", ", marks)).append("))").toString();
  }

  /** The catalogue's last week with an assignment, as the use case found it. */
  private static String lastWeekOfCatalogue(NativeSql sql, Map<CatalogueId, Integer> lastWeeks) {
    if (lastWeeks.isEmpty()) {
      return "0";
    }
    StringBuilder week = new StringBuilder("COALESCE(CASE");
    lastWeeks.forEach(
        (id, last) -> {
          week.append(" WHEN t.trajectory_type = ")
              .append(sql.placeholder(id.type().name()))
              .append(" AND t.catalogue_version = ")
              .append(sql.placeholder(id.version()));
          if (id.isVariant()) {
            week.append(" AND t.catalogue_municipality_id = ")
                .append(sql.placeholder(id.municipality().value()));
          } else {
            week.append(" AND t.catalogue_municipality_id IS NULL");
          }
          week.append(" THEN ").append(sql.placeholder(last));
        });
    return week.append(" END, 0)").toString();
  }

  private static String filter(Scope scope, Set<Waiting> waitingFor) {
    String inScope =
        switch (scope) {
          case OWN -> "NOT stand_in";
          case TEAM -> "stand_in";
          case ALL -> "TRUE";
        };
    if (waitingFor.isEmpty()) {
      return inScope;
    }
    List<String> reasons = new ArrayList<>();
    for (Waiting w : waitingFor) {
      reasons.add(
          switch (w) {
            case ANSWERS_TO_REVIEW -> "answers_to_review > 0";
            case NOTES_TO_ANSWER -> "notes_awaiting_reply > 0";
            case MESSAGES_TO_READ -> "unread_messages > 0";
            case EVALUATION_DUE -> "evaluation_due IS NOT NULL";
            case SILENT -> "silent";
          });
    }
    return inScope + " AND (" + String.join(" OR ", reasons) + ")";
  }

  private static String inList(Stream<Stage> stages) {
    return "(" + String.join(", ", stages.map(s -> "'" + s.name() + "'").toList()) + ")";
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  /** PostgreSQL's driver gives a timestamp with time zone as Timestamp, H2 as OffsetDateTime. */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
