package nl.redzaam.application.usecase;

import static nl.redzaam.application.usecase.UseCaseFixtures.COACH;
import static nl.redzaam.application.usecase.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.usecase.UseCaseFixtures.OTHER_MUNICIPALITY;
import static nl.redzaam.application.usecase.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.usecase.UseCaseFixtures.START;
import static nl.redzaam.application.usecase.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.usecase.ListCaseload.Entry;
import nl.redzaam.application.usecase.ListCaseload.Query;
import nl.redzaam.application.usecase.ListCaseload.Scope;
import nl.redzaam.application.usecase.ListCaseload.Sort;
import nl.redzaam.application.usecase.ListCaseload.Waiting;
import nl.redzaam.application.usecase.PageRequest.ResultPage;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.NoteId;
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

/** The coach's caseload: own and team trajectories, what waits for the coach, sorting, paging. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ListCaseloadTest {

  private static final StaffMemberId MATE = new StaffMemberId(UUID.randomUUID());
  private static final StaffMemberId STRANGER = new StaffMemberId(UUID.randomUUID());
  private static final long DAY = 86400;

  /** Day 20 of coaching (week 3): 23 days after every resident here activated. */
  private static final Instant NOW = START.plusSeconds(20 * DAY);

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock ResidentRepository residents;
  @Mock CoachTeamRepository teams;
  @Mock CatalogueRepository catalogues;
  @Mock AccessLog accessLog;

  private final InMemoryConversationAndBudget.Messages messages =
      new InMemoryConversationAndBudget.Messages();
  private final Clock clock = () -> NOW;
  private final Catalogue catalogue = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
  private final List<Trajectory> stored = new ArrayList<>();
  private final List<Resident> people = new ArrayList<>();
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
    // Like the database: running trajectories of the municipality with any of the coaches.
    when(trajectories.runningWithAnyCoach(any(), any()))
        .thenAnswer(
            call -> {
              Set<StaffMemberId> coaches = call.getArgument(1);
              return stored.stream()
                  .filter(t -> t.municipalityId().equals(call.getArgument(0)))
                  .filter(t -> t.stage() != Stage.CLOSED)
                  .filter(t -> t.coaches().stream().anyMatch(coaches::contains))
                  .toList();
            });
    when(residents.findAll(any()))
        .thenAnswer(
            call -> {
              Collection<ResidentId> ids = call.getArgument(0);
              return people.stream().filter(r -> ids.contains(r.id())).toList();
            });
    listCaseload =
        new ListCaseload(
            currentUser, trajectories, residents, teams, messages, catalogues, accessLog, clock);
  }

  @Test
  void the_caseload_holds_own_trajectories_and_as_stand_in_those_of_team_mates() {
    Trajectory own = inCoaching("Anna", COACH);
    Trajectory mates = inCoaching("Bram", MATE);
    inCoaching("Cor", STRANGER);

    ResultPage<Entry> all = listCaseload.execute(Query.of(COACH));

    assertEquals(List.of("Anna", "Bram"), names(all));
    assertFalse(all.items().get(0).standIn());
    assertTrue(all.items().get(1).standIn());
    assertEquals(own.id(), all.items().get(0).trajectoryId());
    assertEquals(mates.id(), all.items().get(1).trajectoryId());
    assertEquals(List.of("Anna"), names(listCaseload.execute(query(Scope.OWN))));
    assertEquals(List.of("Bram"), names(listCaseload.execute(query(Scope.TEAM))));
  }

  @Test
  void the_list_costs_one_lookup_of_trajectories_and_one_of_names_however_long_it_is() {
    for (int i = 0; i < 5; i++) {
      inCoaching("Inwoner " + i, i % 2 == 0 ? COACH : MATE);
    }

    listCaseload.execute(Query.of(COACH));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Set<StaffMemberId>> coaches = ArgumentCaptor.forClass(Set.class);
    verify(trajectories, times(1)).runningWithAnyCoach(eq(MUNICIPALITY), coaches.capture());
    assertEquals(Set.of(COACH, MATE), coaches.getValue(), "the other municipality's team is out");
    verify(trajectories, never()).find(any());
    verify(residents, times(1)).findAll(any());
    verify(residents, never()).find(any());
  }

  @Test
  void an_entry_shows_this_weeks_assignments_and_what_waits_for_the_coach() {
    Trajectory t = inCoaching("Anna", COACH, false);
    t.submitAnswers(WEEK_ONE, Map.of("bedrag", "12,50"), catalogue, START.plusSeconds(DAY));
    t.leaveNote(new NoteId(UUID.randomUUID()), WEEK_ONE, "Help?", catalogue, day(2));
    store(t);
    Message message =
        Message.send(
            new MessageId(UUID.randomUUID()),
            t,
            Correspondent.resident(t.residentId()),
            "Ik ben ziek geweest.",
            day(7));
    messages.add(message);

    Entry entry = listCaseload.execute(Query.of(COACH)).items().get(0);

    assertEquals(3, entry.currentWeek());
    assertEquals(List.of(), entry.thisWeek(), "the sample catalogue has nothing in week 3");
    assertEquals(1, entry.answersToReview());
    assertEquals(1, entry.notesAwaitingReply());
    assertEquals(1, entry.unreadMessages());
    assertEquals(day(7), entry.lastResidentActivity(), "the message was the last thing");
    assertFalse(entry.silent(), "13 days ago is not silent yet");
    assertEquals(
        List.of(Waiting.ANSWERS_TO_REVIEW, Waiting.NOTES_TO_ANSWER, Waiting.MESSAGES_TO_READ),
        entry.waitingFor());
    assertNull(entry.evaluationDue());
    assertFalse(entry.standIn());
  }

  @Test
  void in_week_one_the_weeks_assignments_show_their_state() {
    Trajectory t = inCoaching("Anna", COACH, false);
    t.submitAnswers(WEEK_ONE, Map.of("bedrag", "12,50"), catalogue, START.plusSeconds(DAY));
    store(t);
    ListCaseload inWeekOne =
        new ListCaseload(
            currentUser,
            trajectories,
            residents,
            teams,
            messages,
            catalogues,
            accessLog,
            () -> START.plusSeconds(3 * DAY));

    Entry entry = inWeekOne.execute(Query.of(COACH)).items().get(0);

    assertEquals(1, entry.currentWeek());
    assertEquals(
        List.of(
            new ListCaseload.AssignmentState(
                WEEK_ONE,
                "Je inkomen op een rij",
                ProgressState.SUBMITTED,
                "Bespreek het bedrag.")),
        entry.thisWeek());
    // Progress per theme comes with the entry: the handed-in answer waits in its theme.
    var theme = catalogue.assignment(WEEK_ONE).orElseThrow().theme();
    var progress =
        entry.themes().stream().filter(p -> p.theme() == theme).findFirst().orElseThrow();
    assertEquals(1, progress.waitingForReview());
    assertEquals(nl.redzaam.domain.method.Theme.values().length, entry.themes().size());
    assertFalse(entry.silent(), "answers two days ago");
    assertEquals(START.plusSeconds(DAY), entry.lastResidentActivity());
  }

  @Test
  void silence_starts_after_fourteen_days_and_not_while_paused_or_before_activation() {
    Trajectory recent = inCoaching("Anna", COACH, false);
    recent.leaveNote(
        new NoteId(UUID.randomUUID()), WEEK_ONE, "Vraag", catalogue, NOW.minusSeconds(13 * DAY));
    store(recent);
    Trajectory quiet = inCoaching("Bram", COACH, false);
    quiet.leaveNote(
        new NoteId(UUID.randomUUID()), WEEK_ONE, "Vraag", catalogue, NOW.minusSeconds(14 * DAY));
    store(quiet);
    Trajectory paused = inCoaching("Cor", COACH, false);
    paused.pause(COACH, day(1));
    store(paused);
    Trajectory invited = trajectory("Dirk", COACH);
    invited.invite(day(-10));
    store(invited);

    List<Entry> entries = listCaseload.execute(Query.of(COACH)).items();

    assertEquals(List.of(false, true, false, false), entries.stream().map(Entry::silent).toList());
    assertNull(entries.get(3).lastResidentActivity(), "an invited resident did nothing yet");
  }

  @Test
  void the_evaluation_due_is_shown_and_waits_for_the_coach() {
    Trajectory activated = trajectory("Anna", COACH);
    activated.invite(day(-2));
    activated.activate(day(-1));
    store(activated);

    Entry entry = listCaseload.execute(Query.of(COACH)).items().get(0);

    assertEquals(EvaluationKind.START, entry.evaluationDue());
    assertTrue(entry.waitingFor().contains(Waiting.EVALUATION_DUE));
  }

  @Test
  void filters_on_reasons_and_sorts_by_most_waiting() {
    Trajectory calm = inCoaching("Anna", COACH, false);
    calm.leaveNote(new NoteId(UUID.randomUUID()), WEEK_ONE, "Vraag", catalogue, day(19));
    calm.replyToNote(calm.notes().get(0).id(), "Antwoord", COACH, day(19));
    store(calm);
    Trajectory busy = inCoaching("Bram", MATE, false);
    busy.submitAnswers(WEEK_ONE, Map.of("bedrag", "1"), catalogue, day(1));
    busy.leaveNote(new NoteId(UUID.randomUUID()), WEEK_ONE, "Een", catalogue, day(2));
    busy.leaveNote(new NoteId(UUID.randomUUID()), WEEK_ONE, "Twee", catalogue, day(18));
    store(busy);
    Trajectory oneNote = inCoaching("Cor", COACH, false);
    oneNote.leaveNote(new NoteId(UUID.randomUUID()), WEEK_ONE, "Vraag", catalogue, day(18));
    store(oneNote);

    assertEquals(
        List.of("Bram", "Cor", "Anna"),
        names(
            listCaseload.execute(
                new Query(COACH, Scope.ALL, Set.of(), Sort.MOST_WAITING, PageRequest.FIRST))));
    assertEquals(
        List.of("Bram", "Cor"),
        names(
            listCaseload.execute(
                new Query(
                    COACH,
                    Scope.ALL,
                    Set.of(Waiting.NOTES_TO_ANSWER),
                    Sort.RESIDENT_NAME,
                    PageRequest.FIRST))));
    assertEquals(
        List.of("Bram"),
        names(
            listCaseload.execute(
                new Query(
                    COACH,
                    Scope.ALL,
                    Set.of(Waiting.ANSWERS_TO_REVIEW, Waiting.SILENT),
                    Sort.RESIDENT_NAME,
                    PageRequest.FIRST))));
  }

  @Test
  void each_trajectory_on_the_page_is_logged_as_a_read_the_stand_ins_on_behalf_of_the_coaches() {
    Trajectory own = inCoaching("Anna", COACH);
    Trajectory mates = inCoaching("Bram", MATE);
    Trajectory later = inCoaching("Cor", COACH);

    ResultPage<Entry> page =
        listCaseload.execute(
            new Query(COACH, Scope.ALL, Set.of(), Sort.RESIDENT_NAME, new PageRequest(1, 2)));

    assertEquals(3, page.totalItems());
    verify(accessLog).concerns(own.residentId(), own.id(), null);
    verify(accessLog).concerns(mates.residentId(), mates.id(), "coaches:" + MATE);
    verify(accessLog, never()).concerns(eq(later.residentId()), any(), any());
  }

  @Test
  void only_the_coach_themselves_sees_their_caseload() {
    inCoaching("Anna", COACH);

    assertThrows(AccessDenied.class, () -> listCaseload.execute(Query.of(MATE)));
    when(currentUser.actor()).thenReturn(UseCaseFixtures.resident());
    assertThrows(AccessDenied.class, () -> listCaseload.execute(Query.of(COACH)));
  }

  @Test
  void without_the_coach_role_the_caseload_is_empty() {
    inCoaching("Anna", COACH);
    when(currentUser.actor())
        .thenReturn(new Actor.StaffActor(COACH, MUNICIPALITY, Set.of(StaffRole.SPECIALIST)));

    assertEquals(0, listCaseload.execute(Query.of(COACH)).totalItems());
    verify(accessLog, never()).concerns(any(), any(), any());
  }

  // ------------------------------------------------------------------ helpers

  private static Query query(Scope scope) {
    return new Query(COACH, scope, Set.of(), Sort.RESIDENT_NAME, PageRequest.FIRST);
  }

  private static Instant day(long n) {
    return START.plusSeconds(n * DAY);
  }

  private static List<String> names(ResultPage<Entry> page) {
    return page.items().stream().map(e -> e.residentName().replace(" Jansen", "")).toList();
  }

  private Trajectory inCoaching(String name, StaffMemberId coach) {
    return inCoaching(name, coach, true);
  }

  /** In coaching since {@link UseCaseFixtures#START}; activated three days before. */
  private Trajectory inCoaching(String name, StaffMemberId coach, boolean store) {
    Trajectory t = trajectory(name, coach);
    t.invite(START.minusSeconds(4 * DAY));
    t.activate(START.minusSeconds(3 * DAY));
    t.openEvaluation(EvaluationKind.START, catalogue, coach, START.minusSeconds(DAY));
    t.concludeEvaluation(EvaluationKind.START, "We beginnen.", coach, START);
    if (store) {
      store(t);
    }
    return t;
  }

  /** Started, with a resident of its own. */
  private Trajectory trajectory(String name, StaffMemberId coach) {
    ResidentId resident = new ResidentId(UUID.randomUUID());
    people.add(
        new Resident(
            resident,
            MUNICIPALITY,
            name,
            "Jansen",
            new EmailAddress(resident.value() + "@example.org"),
            0));
    return Trajectory.start(
        new TrajectoryId(UUID.randomUUID()),
        MUNICIPALITY,
        resident,
        catalogue,
        Set.of(coach),
        Set.of(SPECIALIST),
        SPECIALIST,
        START.minusSeconds(5 * DAY));
  }

  private void store(Trajectory t) {
    stored.removeIf(s -> s.id().equals(t.id()));
    stored.add(Trajectory.restore(t.snapshot()));
  }
}
