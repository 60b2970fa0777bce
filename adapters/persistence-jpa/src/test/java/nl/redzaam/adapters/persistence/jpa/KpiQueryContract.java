package nl.redzaam.adapters.persistence.jpa;

import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.CATALOGUE;
import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.newId;
import static nl.redzaam.domain.fixtures.SampleDays.date;
import static nl.redzaam.domain.fixtures.SampleDays.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.redzaam.adapters.persistence.jpa.TrajectoryLife.People;
import nl.redzaam.adapters.persistence.jpa.measurement.JpaKpiQuery;
import nl.redzaam.adapters.persistence.jpa.trajectory.JpaTrajectoryRepository;
import nl.redzaam.application.port.KpiQuery;
import nl.redzaam.application.port.KpiQuery.Median;
import nl.redzaam.application.port.KpiQuery.Selection;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The municipality's figures against a real database: twelve trajectories with known dates and
 * outcomes, a thirteenth of another municipality, and each figure asserted exactly. The period is
 * day 0 to day 99 of the sample calendar.
 */
abstract class KpiQueryContract extends DatabaseContract {

  private People p;
  private StaffMemberId teamMate;

  /** What one trajectory went through, by day of the sample calendar; null: not (yet). */
  private record Life(
      StaffMemberId coach,
      Integer invited,
      boolean activated,
      Integer started,
      Integer stopped,
      EarlyStopReason reason,
      Integer concluded,
      Outcome outcome,
      List<Boolean> checkIns,
      Integer closed) {}

  @BeforeAll
  void storeTheTrajectories() {
    p = storedPeople();
    teamMate = p.secondCoach().id();
    StaffMemberId c = p.c();
    List<Life> lives = new ArrayList<>();
    var r = EarlyStopReason.READY_SOONER;
    lives.add(new Life(c, -10, true, 5, 40, r, 45, Outcome.INDEPENDENT, List.of(true), 70));
    lives.add(
        new Life(
            c,
            0,
            true,
            10,
            50,
            EarlyStopReason.NOT_READY,
            52,
            Outcome.CONTINUED_SUPPORT,
            null,
            null));
    lives.add(
        new Life(teamMate, 1, true, 11, 61, r, 62, Outcome.INDEPENDENT, List.of(false, true), 90));
    lives.add(
        new Life(
            c,
            2,
            true,
            20,
            70,
            EarlyStopReason.OTHER,
            71,
            Outcome.INDEPENDENT,
            List.of(true, false),
            95));
    lives.add(
        new Life(
            c,
            3,
            true,
            30,
            64,
            EarlyStopReason.RESIDENT_WITHDREW,
            66,
            Outcome.LIGHTER_SUPPORT,
            null,
            null));
    lives.add(new Life(teamMate, 4, true, 33, null, null, null, null, null, null));
    lives.add(new Life(c, 5, true, null, null, null, null, null, null, null)); // activated
    lives.add(new Life(c, 6, false, null, null, null, null, null, null, null)); // only invited
    lives.add(new Life(c, -40, true, -30, -5, r, -2, Outcome.INDEPENDENT, null, null)); // before
    lives.add(new Life(c, null, false, null, null, null, null, null, null, null)); // only selected
    lives.add(new Life(c, 90, true, 100, null, null, null, null, null, null)); // started after
    lives.add(
        new Life(
            c,
            7,
            true,
            null,
            20,
            EarlyStopReason.RESIDENT_WITHDREW,
            null,
            null,
            null,
            null)); // closed
    People elsewhere = storedPeople();
    inNewTransaction(
        em -> {
          JpaTrajectoryRepository trajectories = new JpaTrajectoryRepository(em);
          lives.forEach(life -> trajectories.add(live(p, life)));
          trajectories.add(
              live(
                  elsewhere,
                  new Life(
                      elsewhere.c(),
                      1,
                      true,
                      5,
                      20,
                      r,
                      22,
                      Outcome.INDEPENDENT,
                      List.of(true),
                      40)));
          return null;
        });
  }

  @Test
  void counts_the_invitations_and_starts_in_the_period() {
    assertEquals(9L, (long) ask(q -> q.invited(all())));
    assertEquals(6L, (long) ask(q -> q.started(all())));
  }

  @Test
  void the_days_to_start_are_the_median_from_invitation_to_the_start_conversation() {
    // 15, 10, 10, 18, 27 and 29 days: the median lies between 15 and 18.
    assertMedian(6, "16.5", ask(q -> q.daysToStart(all())));
  }

  @Test
  void counts_the_running_trajectories_per_stage_today() {
    Map<Stage, Long> expected = zeros(Stage.class);
    expected.remove(Stage.CLOSED);
    expected.put(Stage.AFTERCARE, 3L);
    expected.put(Stage.COACHING_PART_ONE, 2L);
    expected.put(Stage.ACTIVATED, 1L);
    expected.put(Stage.INVITED, 1L);
    expected.put(Stage.SELECTED, 1L);
    assertEquals(expected, ask(q -> q.inProgress(all())));
  }

  @Test
  void counts_the_outcomes_and_early_stops_in_the_period() {
    assertEquals(
        Map.of(Outcome.INDEPENDENT, 3L, Outcome.LIGHTER_SUPPORT, 1L, Outcome.CONTINUED_SUPPORT, 1L),
        ask(q -> q.outcomes(all())));
    assertEquals(
        Map.of(
            EarlyStopReason.READY_SOONER, 2L,
            EarlyStopReason.NOT_READY, 1L,
            EarlyStopReason.RESIDENT_WITHDREW, 2L,
            EarlyStopReason.OTHER, 1L),
        ask(q -> q.earlyStops(all())));
  }

  @Test
  void the_throughput_is_the_median_from_start_to_final_conclusion() {
    // 40, 42, 51, 51 and 36 days.
    assertMedian(5, "42", ask(q -> q.throughputDays(all())));
  }

  @Test
  void still_independent_counts_the_last_held_check_in_of_those_closed_with_11A() {
    assertEquals(Map.of(true, 2L, false, 1L), ask(q -> q.stillIndependentAtLastCheckIn(all())));
  }

  @Test
  void a_coach_team_counts_only_the_trajectories_its_members_coach() {
    Selection team =
        new Selection(
            p.municipality().id(),
            date(0),
            date(99),
            Optional.empty(),
            Optional.of(Set.of(teamMate)));

    assertEquals(2L, (long) ask(q -> q.started(team)));
    assertMedian(2, "19.5", ask(q -> q.daysToStart(team)));
    assertEquals(
        Map.of(Outcome.INDEPENDENT, 1L, Outcome.LIGHTER_SUPPORT, 0L, Outcome.CONTINUED_SUPPORT, 0L),
        ask(q -> q.outcomes(team)));
    Selection emptyTeam =
        new Selection(
            p.municipality().id(), date(0), date(99), Optional.empty(), Optional.of(Set.of()));
    assertEquals(0L, (long) ask(q -> q.started(emptyTeam)));
  }

  @Test
  void a_type_counts_only_its_own_trajectories() {
    Selection debt = of(TrajectoryType.DEBT_ASSISTANCE);
    Selection prevention = of(TrajectoryType.FINANCIAL_SUPPORT);

    assertEquals(6L, (long) ask(q -> q.started(debt)));
    assertEquals(0L, (long) ask(q -> q.started(prevention)));
    assertEquals(new Median(0, null), ask(q -> q.throughputDays(prevention)));
    assertEquals(zeros(Outcome.class), ask(q -> q.outcomes(prevention)));
  }

  @Test
  void the_period_includes_its_first_and_last_day() {
    Selection firstDayOnly =
        new Selection(p.municipality().id(), date(5), date(5), Optional.empty(), Optional.empty());
    Selection lastDayOnly =
        new Selection(
            p.municipality().id(), date(95), date(95), Optional.empty(), Optional.empty());

    assertEquals(1L, (long) ask(q -> q.started(firstDayOnly)));
    assertEquals(1L, (long) ask(q -> q.invited(firstDayOnly)));
    assertEquals(
        Map.of(true, 0L, false, 1L), ask(q -> q.stillIndependentAtLastCheckIn(lastDayOnly)));
  }

  private Selection all() {
    return new Selection(
        p.municipality().id(), date(0), date(99), Optional.empty(), Optional.empty());
  }

  private Selection of(TrajectoryType type) {
    return new Selection(
        p.municipality().id(), date(0), date(99), Optional.of(type), Optional.empty());
  }

  private <T> T ask(Function<KpiQuery, T> question) {
    return inNewTransaction(em -> question.apply(new JpaKpiQuery(em)));
  }

  private static void assertMedian(long count, String median, Median actual) {
    assertEquals(count, actual.count(), "count");
    assertEquals(0, new BigDecimal(median).compareTo(actual.median()), "median " + actual);
  }

  private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> kind) {
    Map<E, Long> zeros = new EnumMap<>(kind);
    for (E value : kind.getEnumConstants()) {
      zeros.put(value, 0L);
    }
    return zeros;
  }

  /** The trajectory through the domain's own steps, on the days of its life. */
  private static Trajectory live(People people, Life life) {
    StaffMemberId c = life.coach();
    Trajectory t =
        Trajectory.start(
            new TrajectoryId(newId()),
            people.municipality().id(),
            people.r(),
            CATALOGUE,
            Set.of(c),
            Set.of(people.s()),
            people.s(),
            day(-60));
    if (life.invited() != null) {
      t.invite(day(life.invited()));
      if (life.activated()) {
        t.activate(day(life.invited()));
      }
    }
    if (life.started() != null) {
      t.openEvaluation(EvaluationKind.START, CATALOGUE, c, day(life.started()));
      t.concludeEvaluation(EvaluationKind.START, "Samen begonnen.", c, day(life.started()));
    }
    if (life.stopped() != null) {
      t.stopEarly(life.reason(), "Zo afgesproken.", CATALOGUE, c, day(life.stopped()));
    }
    if (life.concluded() != null) {
      t.concludeFinalEvaluation("Klaar.", life.outcome(), c, day(life.concluded()));
    }
    if (life.checkIns() != null) {
      int d = life.concluded() + 10;
      for (Boolean still : life.checkIns()) {
        CheckInId id = new CheckInId(newId());
        t.planCheckIn(id, date(d), c, day(d));
        t.recordCheckIn(id, "Gesproken.", still, c, day(d));
        d += 5;
      }
    }
    if (life.closed() != null) {
      t.close(c, day(life.closed()));
    }
    t.releaseEvents();
    return t;
  }
}
