package nl.redzaam.application.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.measurement.Kpis.Cell;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.KpiQuery;
import nl.redzaam.application.port.KpiQuery.Median;
import nl.redzaam.application.port.KpiQuery.Selection;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the use case adds to the store's raw counts: access, the selection and suppression. */
class ReadKpisTest {

  private static final MunicipalityId OWN = new MunicipalityId(UUID.randomUUID());
  private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
  private static final StaffMemberId COACH = new StaffMemberId(UUID.randomUUID());
  private static final CoachTeam TEAM =
      new CoachTeam(new CoachTeamId(UUID.randomUUID()), OWN, "Team Noord", Set.of(COACH), 0);
  private static final CoachTeam OTHER_TEAM =
      new CoachTeam(
          new CoachTeamId(UUID.randomUUID()),
          new MunicipalityId(UUID.randomUUID()),
          "Elders",
          Set.of(COACH),
          0);

  private final KpiQuery figures = mock(KpiQuery.class);
  private final CoachTeamRepository teams = mock(CoachTeamRepository.class);
  private Actor actor = staff(StaffRole.POLICY_OFFICER);

  @BeforeEach
  void figures() {
    when(teams.ofMunicipality(OWN)).thenReturn(List.of(TEAM));
    when(figures.invited(any())).thenReturn(5L);
    when(figures.started(any())).thenReturn(4L);
    when(figures.daysToStart(any())).thenReturn(new Median(4, new BigDecimal("12.5")));
    Map<Stage, Long> running = counts(Stage.class, Map.of(Stage.INVITED, 7L));
    running.remove(Stage.CLOSED);
    when(figures.inProgress(any())).thenReturn(running);
    when(figures.outcomes(any()))
        .thenReturn(counts(Outcome.class, Map.of(Outcome.INDEPENDENT, 12L)));
    when(figures.earlyStops(any())).thenReturn(counts(EarlyStopReason.class, Map.of()));
    when(figures.throughputDays(any())).thenReturn(new Median(5, new BigDecimal("45.5")));
    when(figures.stillIndependentAtLastCheckIn(any())).thenReturn(Map.of(true, 9L, false, 6L));
  }

  @Test
  void a_count_under_five_and_zero_are_suppressed_five_and_more_are_shown() {
    Kpis kpis = read(ReadKpis.Query.thisYear());

    assertShown(5, kpis.table("intake").row("INVITED"));
    assertTrue(kpis.table("intake").row("STARTED").suppressed());
    assertNull(kpis.table("intake").row("STARTED").value());
    assertShown(7, kpis.table("stages").row("INVITED"));
    assertTrue(kpis.table("stages").row("SELECTED").suppressed(), "zero");
    assertShown(12, kpis.table("outcomes").row("INDEPENDENT"));
    assertEquals(4, kpis.table("earlyStops").rows().size());
    assertTrue(kpis.table("earlyStops").rows().stream().allMatch(Cell::suppressed));
  }

  @Test
  void a_median_of_fewer_than_five_is_suppressed_and_weeks_are_days_divided_by_seven() {
    Kpis kpis = read(ReadKpis.Query.thisYear());

    assertTrue(kpis.table("intake").row("MEDIAN_DAYS_TO_START").suppressed());
    Cell weeks = kpis.table("throughput").row("MEDIAN_WEEKS");
    assertEquals(0, new BigDecimal("6.5").compareTo(weeks.value()), weeks.toString());
    assertEquals(Kpis.Unit.WEEKS, weeks.unit());
  }

  @Test
  void the_share_still_independent_is_shown_only_when_both_counts_are() {
    assertEquals(
        0,
        new BigDecimal("60")
            .compareTo(
                read(ReadKpis.Query.thisYear())
                    .table("stillIndependent")
                    .row("SHARE_STILL_INDEPENDENT")
                    .value()));

    when(figures.stillIndependentAtLastCheckIn(any())).thenReturn(Map.of(true, 9L, false, 1L));
    Kpis kpis = read(ReadKpis.Query.thisYear());
    assertTrue(kpis.table("stillIndependent").row("NEEDS_SUPPORT_AGAIN").suppressed());
    assertTrue(kpis.table("stillIndependent").row("SHARE_STILL_INDEPENDENT").suppressed());
  }

  @Test
  void the_period_is_this_year_up_to_today_unless_chosen() {
    Kpis kpis = read(ReadKpis.Query.thisYear());

    assertEquals(LocalDate.of(2026, 1, 1), kpis.from());
    assertEquals(LocalDate.of(2026, 6, 15), kpis.to());
    Selection asked = askedSelection();
    assertEquals(OWN, asked.municipality());
    assertEquals(Optional.empty(), asked.type());
    assertEquals(Optional.empty(), asked.coaches());
  }

  @Test
  void a_reversed_or_overly_long_period_is_refused() {
    RuleViolation reversed =
        assertThrows(
            RuleViolation.class,
            () ->
                read(
                    new ReadKpis.Query(
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28), null, null)));
    assertEquals("period-reversed", reversed.rule());
    RuleViolation tooLong =
        assertThrows(
            RuleViolation.class,
            () ->
                read(
                    new ReadKpis.Query(
                        LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1), null, null)));
    assertEquals("period-too-long", tooLong.rule());
  }

  @Test
  void a_team_selects_its_members_and_another_municipalitys_team_does_not_exist() {
    read(new ReadKpis.Query(null, null, TrajectoryType.BUDGET_MANAGEMENT, TEAM.id()));

    Selection asked = askedSelection();
    assertEquals(Optional.of(Set.of(COACH)), asked.coaches());
    assertEquals(Optional.of(TrajectoryType.BUDGET_MANAGEMENT), asked.type());
    assertThrows(NotFound.class, () -> read(new ReadKpis.Query(null, null, null, OTHER_TEAM.id())));
  }

  @Test
  void only_policy_officers_and_administrators_of_the_municipality_read_the_figures() {
    actor = staff(StaffRole.ADMINISTRATOR);
    assertEquals(6, read(ReadKpis.Query.thisYear()).tables().size());
    actor = staff(StaffRole.COACH, StaffRole.SPECIALIST);
    assertThrows(AccessDenied.class, () -> read(ReadKpis.Query.thisYear()));
    actor = new Actor.ResidentActor(new ResidentId(UUID.randomUUID()), OWN);
    assertThrows(AccessDenied.class, () -> read(ReadKpis.Query.thisYear()));
  }

  private Kpis read(ReadKpis.Query query) {
    return new ReadKpis(() -> actor, figures, teams, () -> NOW).execute(query);
  }

  private Selection askedSelection() {
    ArgumentCaptor<Selection> asked = ArgumentCaptor.forClass(Selection.class);
    verify(figures).started(asked.capture());
    return asked.getValue();
  }

  private static Actor staff(StaffRole... roles) {
    return new Actor.StaffActor(new StaffMemberId(UUID.randomUUID()), OWN, Set.of(roles));
  }

  private static void assertShown(long count, Cell cell) {
    assertFalse(cell.suppressed(), cell.toString());
    assertEquals(Kpis.Unit.COUNT, cell.unit());
    assertEquals(BigDecimal.valueOf(count), cell.value());
  }

  private static <E extends Enum<E>> Map<E, Long> counts(Class<E> kind, Map<E, Long> some) {
    Map<E, Long> all = new EnumMap<>(kind);
    for (E value : kind.getEnumConstants()) {
      all.put(value, some.getOrDefault(value, 0L));
    }
    return all;
  }
}
