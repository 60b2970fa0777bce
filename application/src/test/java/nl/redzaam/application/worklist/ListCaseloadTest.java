package nl.redzaam.application.worklist;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.OTHER_MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CaseloadQuery;
import nl.redzaam.application.port.CaseloadQuery.Criteria;
import nl.redzaam.application.port.CaseloadQuery.Row;
import nl.redzaam.application.port.CaseloadQuery.Scope;
import nl.redzaam.application.port.CaseloadQuery.Sort;
import nl.redzaam.application.port.CaseloadQuery.Waiting;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.worklist.ListCaseload.Entry;
import nl.redzaam.application.worklist.ListCaseload.Query;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/**
 * What the caseload use case adds to its query: who may ask, which coaches count, what a line shows
 * from the trajectory, and the access log. What the query selects, sorts and pages is held against
 * the database in the JPA adapter's {@code CaseloadQueryContract}.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ListCaseloadTest {

  private static final StaffMemberId MATE = new StaffMemberId(UUID.randomUUID());
  private static final StaffMemberId STRANGER = new StaffMemberId(UUID.randomUUID());
  private static final long DAY = 86400;

  /** Three days into coaching: week 1. */
  private static final Instant NOW = START.plusSeconds(3 * DAY);

  @Mock CurrentUser currentUser;
  @Mock CaseloadQuery caseload;
  @Mock TrajectoryRepository trajectories;
  @Mock CoachTeamRepository teams;
  @Mock CatalogueRepository catalogues;
  @Mock AccessLog accessLog;

  private final Clock clock = () -> NOW;
  private final Catalogue catalogue = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
  private final List<Trajectory> stored = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private ListCaseload listCaseload;

  @BeforeEach
  void setUp() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.coach());
    when(catalogues.find(catalogue.id())).thenReturn(Optional.of(catalogue));
    when(teams.withMember(COACH))
        .thenReturn(
            List.of(
                new CoachTeam(
                    new CoachTeamId(UUID.randomUUID()),
                    MUNICIPALITY,
                    "Team Noord",
                    Set.of(COACH, MATE),
                    0),
                // A team of another municipality never counts.
                new CoachTeam(
                    new CoachTeamId(UUID.randomUUID()),
                    OTHER_MUNICIPALITY,
                    "Elders",
                    Set.of(COACH, STRANGER),
                    0)));
    when(caseload.cataloguesInUse(any(), any())).thenReturn(Set.of(catalogue.id()));
    when(caseload.page(any()))
        .thenAnswer(call -> ((Criteria) call.getArgument(0)).page().of(List.copyOf(rows)));
    when(trajectories.findAll(any()))
        .thenAnswer(
            call -> {
              Set<TrajectoryId> ids = call.getArgument(0);
              return stored.stream().filter(t -> ids.contains(t.id())).toList();
            });
    listCaseload =
        new ListCaseload(currentUser, caseload, trajectories, teams, catalogues, accessLog, clock);
  }

  @Test
  void the_query_gets_the_coach_their_team_mates_of_this_municipality_and_todays_thresholds() {
    listCaseload.execute(
        new Query(COACH, Scope.ALL, Set.of(Waiting.SILENT), Sort.MOST_WAITING, PageRequest.FIRST));

    Criteria asked = asked();
    assertEquals(MUNICIPALITY, asked.municipality());
    assertEquals(COACH, asked.coach());
    assertEquals(Set.of(COACH, MATE), asked.coaches(), "the other municipality's team is out");
    assertEquals(Set.of(Waiting.SILENT), asked.waitingFor());
    assertEquals(Sort.MOST_WAITING, asked.sort());
    assertEquals(LocalDate.ofInstant(NOW, Trajectory.ZONE), asked.today());
    assertEquals(NOW.minus(ListCaseload.SILENT_AFTER), asked.silentSince());
    assertEquals(Map.of(catalogue.id(), catalogue.lastWeek()), asked.lastWeeks());
  }

  @Test
  void the_own_scope_asks_for_the_coach_alone() {
    listCaseload.execute(
        new Query(COACH, Scope.OWN, Set.of(), Sort.RESIDENT_NAME, PageRequest.FIRST));

    assertEquals(Set.of(COACH), asked().coaches());
    verify(teams, never()).withMember(any());
  }

  @Test
  void a_line_is_the_querys_row_with_this_weeks_assignments_and_progress_from_the_trajectory() {
    Trajectory t = inCoaching(COACH);
    t.submitAnswers(WEEK_ONE, Map.of("bedrag", "12,50"), catalogue, START.plusSeconds(DAY));
    Row row = row(t, false, 1, EvaluationKind.MID, Stage.COACHING_PART_ONE);
    show(t, row);

    Entry entry = listCaseload.execute(Query.of(COACH)).items().get(0);

    assertEquals(row.residentName(), entry.residentName());
    assertEquals(row.currentWeek(), entry.currentWeek());
    assertEquals(row.waitingFor(), entry.waitingFor());
    assertEquals(row.lastResidentActivity(), entry.lastResidentActivity());
    assertTrue(entry.midEvaluationDue(), "MID due in part one");
    assertEquals(
        List.of(
            new ListCaseload.AssignmentState(
                WEEK_ONE,
                "Je inkomen op een rij",
                ProgressState.SUBMITTED,
                "Bespreek het bedrag.")),
        entry.thisWeek());
    var theme = catalogue.assignment(WEEK_ONE).orElseThrow().theme();
    var progress =
        entry.themes().stream().filter(p -> p.theme() == theme).findFirst().orElseThrow();
    assertEquals(1, progress.waitingForReview());
    assertEquals(t.tempo(), entry.tempo());
  }

  @Test
  void each_trajectory_on_the_page_is_logged_as_a_read_the_stand_ins_on_behalf_of_the_coaches() {
    Trajectory own = inCoaching(COACH);
    Trajectory mates = inCoaching(MATE);
    Trajectory later = inCoaching(COACH);
    show(own, row(own, false, 0, null, Stage.COACHING_PART_ONE));
    show(mates, row(mates, true, 0, null, Stage.COACHING_PART_ONE));
    show(later, row(later, false, 0, null, Stage.COACHING_PART_ONE));

    ResultPage<Entry> page =
        listCaseload.execute(
            new Query(COACH, Scope.ALL, Set.of(), Sort.RESIDENT_NAME, new PageRequest(1, 2)));

    assertEquals(3, page.totalItems());
    assertEquals(List.of(false, true), page.items().stream().map(Entry::standIn).toList());
    verify(accessLog).concerns(own.residentId(), own.id(), null);
    verify(accessLog).concerns(mates.residentId(), mates.id(), "coaches:" + MATE);
    verify(accessLog, never()).concerns(any(), org.mockito.ArgumentMatchers.eq(later.id()), any());
  }

  @Test
  void only_the_coach_themselves_sees_their_caseload() {
    assertThrows(AccessDenied.class, () -> listCaseload.execute(Query.of(MATE)));
    when(currentUser.actor()).thenReturn(UseCaseFixtures.resident());
    assertThrows(AccessDenied.class, () -> listCaseload.execute(Query.of(COACH)));
    verify(caseload, never()).page(any());
  }

  @Test
  void without_the_coach_role_the_caseload_is_empty_and_nothing_is_asked() {
    when(currentUser.actor())
        .thenReturn(new Actor.StaffActor(COACH, MUNICIPALITY, Set.of(StaffRole.SPECIALIST)));

    assertEquals(0, listCaseload.execute(Query.of(COACH)).totalItems());
    verify(caseload, never()).page(any());
    verify(accessLog, never()).concerns(any(), any(), any());
  }

  // ------------------------------------------------------------------ helpers

  private Criteria asked() {
    ArgumentCaptor<Criteria> criteria = ArgumentCaptor.forClass(Criteria.class);
    verify(caseload).page(criteria.capture());
    return criteria.getValue();
  }

  private void show(Trajectory t, Row row) {
    stored.add(Trajectory.restore(t.snapshot()));
    rows.add(row);
  }

  private static Row row(
      Trajectory t, boolean standIn, long answers, EvaluationKind due, Stage stage) {
    return new Row(
        t.id(),
        t.residentId(),
        "Anna Jansen",
        t.type(),
        stage,
        1,
        false,
        answers,
        0,
        0,
        due,
        START.plusSeconds(DAY),
        false,
        standIn);
  }

  /** In coaching since {@link UseCaseFixtures#START}, with a resident of its own. */
  private Trajectory inCoaching(StaffMemberId coach) {
    Trajectory t =
        Trajectory.start(
            new TrajectoryId(UUID.randomUUID()),
            MUNICIPALITY,
            new ResidentId(UUID.randomUUID()),
            catalogue,
            Set.of(coach),
            Set.of(SPECIALIST),
            SPECIALIST,
            START.minusSeconds(5 * DAY));
    t.invite(START.minusSeconds(4 * DAY));
    t.activate(START.minusSeconds(3 * DAY));
    t.openEvaluation(EvaluationKind.START, catalogue, coach, START.minusSeconds(DAY));
    t.concludeEvaluation(EvaluationKind.START, "We beginnen.", coach, START);
    return t;
  }
}
