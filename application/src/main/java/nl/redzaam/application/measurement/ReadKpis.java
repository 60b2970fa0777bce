package nl.redzaam.application.measurement;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.measurement.Kpis.Cell;
import nl.redzaam.application.measurement.Kpis.Table;
import nl.redzaam.application.measurement.Kpis.Team;
import nl.redzaam.application.measurement.Kpis.Unit;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.KpiQuery;
import nl.redzaam.application.port.KpiQuery.Median;
import nl.redzaam.application.port.KpiQuery.Selection;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;

/**
 * The municipality's figures for a period, a trajectory type and a coach team: for its
 * administrators and policy officers only, of their own municipality only. Nothing here names or
 * points at a resident: every count under {@link #SMALLEST_SHOWN} (zero included) is suppressed,
 * and so is every median or share that rests on fewer trajectories, or on a suppressed count.
 * Reading figures is not a read of anyone's data, so it is not in the access log.
 */
public final class ReadKpis {

  /** The smallest number shown; anything smaller shows as "&lt; 5". */
  public static final int SMALLEST_SHOWN = 5;

  /** A longer period is almost surely a typing error, and costs the database for nothing. */
  public static final int LONGEST_PERIOD_YEARS = 10;

  /**
   * @param from null: 1 January of this year
   * @param to null: today
   * @param type null: every type
   * @param coachTeam null: every team
   */
  public record Query(LocalDate from, LocalDate to, TrajectoryType type, CoachTeamId coachTeam) {
    public static Query thisYear() {
      return new Query(null, null, null, null);
    }
  }

  private final CurrentUser currentUser;
  private final KpiQuery figures;
  private final CoachTeamRepository teams;
  private final Clock clock;

  @Inject
  public ReadKpis(
      CurrentUser currentUser, KpiQuery figures, CoachTeamRepository teams, Clock clock) {
    this.currentUser = currentUser;
    this.figures = figures;
    this.teams = teams;
    this.clock = clock;
  }

  public Kpis execute(Query query) {
    StaffActor reader = requireReader(currentUser.actor());
    LocalDate today = clock.today();
    LocalDate to = query.to() == null ? today : query.to();
    LocalDate from = query.from() == null ? to.withDayOfYear(1) : query.from();
    RuleViolation.require(
        !to.isBefore(from), "period-reversed", "The period ends before it begins");
    RuleViolation.require(
        ChronoUnit.YEARS.between(from, to) < LONGEST_PERIOD_YEARS,
        "period-too-long",
        "A period is at most " + LONGEST_PERIOD_YEARS + " years");
    List<CoachTeam> ownTeams = teams.ofMunicipality(reader.municipalityId());
    Optional<Set<StaffMemberId>> coaches =
        Optional.ofNullable(query.coachTeam()).map(id -> team(ownTeams, id).members());
    Selection s =
        new Selection(
            reader.municipalityId(), from, to, Optional.ofNullable(query.type()), coaches);
    return new Kpis(
        from,
        to,
        query.type(),
        query.coachTeam(),
        List.of(
            intake(s),
            new Table("stages", counts(figures.inProgress(s))),
            new Table("outcomes", counts(figures.outcomes(s))),
            new Table("earlyStops", counts(figures.earlyStops(s))),
            throughput(s),
            stillIndependent(s)),
        ownTeams.stream()
            .sorted(Comparator.comparing(CoachTeam::name))
            .map(t -> new Team(t.id(), t.name()))
            .toList());
  }

  /** Only an administrator or a policy officer reads the figures. */
  static StaffActor requireReader(Actor actor) {
    if (actor instanceof StaffActor staff
        && (staff.holds(StaffRole.POLICY_OFFICER) || staff.holds(StaffRole.ADMINISTRATOR))) {
      return staff;
    }
    throw new AccessDenied("Only a policy officer or an administrator reads the figures");
  }

  private static CoachTeam team(List<CoachTeam> ownTeams, CoachTeamId id) {
    // Another municipality's team looks like one that does not exist.
    return ownTeams.stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFound("No coach team " + id));
  }

  private Table intake(Selection s) {
    Median days = figures.daysToStart(s);
    return new Table(
        "intake",
        List.of(
            count("INVITED", figures.invited(s)),
            count("STARTED", figures.started(s)),
            median("MEDIAN_DAYS_TO_START", Unit.DAYS, days, 1)));
  }

  private Table throughput(Selection s) {
    return new Table(
        "throughput", List.of(median("MEDIAN_WEEKS", Unit.WEEKS, figures.throughputDays(s), 7)));
  }

  private Table stillIndependent(Selection s) {
    Map<Boolean, Long> counts = figures.stillIndependentAtLastCheckIn(s);
    Cell yes = count("STILL_INDEPENDENT", counts.getOrDefault(true, 0L));
    Cell no = count("NEEDS_SUPPORT_AGAIN", counts.getOrDefault(false, 0L));
    Cell share =
        yes.suppressed() || no.suppressed()
            ? suppressed("SHARE_STILL_INDEPENDENT", Unit.PERCENT)
            : new Cell(
                "SHARE_STILL_INDEPENDENT",
                Unit.PERCENT,
                BigDecimal.valueOf(100)
                    .multiply(yes.value())
                    .divide(yes.value().add(no.value()), 0, RoundingMode.HALF_UP),
                false);
    return new Table("stillIndependent", List.of(yes, no, share));
  }

  private static <E extends Enum<E>> List<Cell> counts(Map<E, Long> counts) {
    List<Cell> cells = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> cells.add(count(e.getKey().name(), e.getValue())));
    return cells;
  }

  private static Cell count(String key, long count) {
    return count < SMALLEST_SHOWN
        ? suppressed(key, Unit.COUNT)
        : new Cell(key, Unit.COUNT, BigDecimal.valueOf(count), false);
  }

  /** A median in days, divided by {@code daysPerUnit}, to one decimal. */
  private static Cell median(String key, Unit unit, Median median, int daysPerUnit) {
    if (median.count() < SMALLEST_SHOWN || median.median() == null) {
      return suppressed(key, unit);
    }
    return new Cell(
        key,
        unit,
        median.median().divide(BigDecimal.valueOf(daysPerUnit), 1, RoundingMode.HALF_UP),
        false);
  }

  private static Cell suppressed(String key, Unit unit) {
    return new Cell(key, unit, null, true);
  }
}
