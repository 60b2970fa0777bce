package nl.redzaam.application.worklist;

import static nl.redzaam.application.fixtures.LifeStages.supportWorker;
import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.OTHER_MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.RESIDENT;
import static nl.redzaam.application.fixtures.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.fixtures.LifeStages;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The specialist's work list across their trajectories. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class SpecialistTasksTest {

  private static final AssignmentCode ALLOWANCE = new AssignmentCode("T-01-2");
  private static final AssignmentCode LETTERS = new AssignmentCode("T-02-1");
  private static final AssignmentCode TAX = new AssignmentCode("T-02-2");
  private static final AssignmentCode LATER = new AssignmentCode("T-05-1");

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock ResidentRepository residents;
  @Mock CatalogueRepository catalogues;
  @Mock AccessLog accessLog;

  /** In week 2 of a trajectory whose coaching started on {@link UseCaseFixtures#START}. */
  private final Clock clock = () -> START.plusSeconds(86400 * 8);

  private final Catalogue catalogue = catalogue();
  private final List<Trajectory> ofSpecialist = new ArrayList<>();

  @BeforeEach
  void setUp() {
    when(catalogues.find(catalogue.id())).thenReturn(Optional.of(catalogue));
    when(trajectories.withSpecialist(SPECIALIST)).thenReturn(ofSpecialist);
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());
    when(residents.find(any()))
        .thenAnswer(
            call -> {
              ResidentId id = call.getArgument(0);
              return Optional.of(
                  new Resident(
                      id,
                      MUNICIPALITY,
                      id.equals(RESIDENT) ? "Anna" : "Bram",
                      "de Vries",
                      new EmailAddress("inwoner@example.org"),
                      0));
            });
  }

  private static AssignmentTemplate template(AssignmentCode code, int week, String specialist) {
    return new AssignmentTemplate(
        code,
        week,
        Theme.INCOME,
        "Opdracht " + code,
        "Doe het.",
        null,
        List.of(),
        List.of(),
        "Bespreek het.",
        specialist,
        specialist != null,
        Set.of(),
        List.<URI>of());
  }

  private static Catalogue catalogue() {
    Catalogue base = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
    return new Catalogue(
        base.id(),
        base.publishedOn(),
        List.of(
            base.assignment(WEEK_ONE).orElseThrow(),
            template(ALLOWANCE, 1, "Zet het weekgeld om naar maandgeld."),
            template(LETTERS, 2, "Deel de brieven met de inwoner."),
            template(TAX, 2, "Help met de belastingaangifte."),
            template(LATER, 5, "Later pas.")),
        Map.of(
            EvaluationKind.START, base.evaluationQuestions(EvaluationKind.START),
            EvaluationKind.MID, base.evaluationQuestions(EvaluationKind.MID),
            EvaluationKind.FINAL, base.evaluationQuestions(EvaluationKind.FINAL)));
  }

  private Trajectory inCoaching() {
    Trajectory t = UseCaseFixtures.trajectoryInCoaching(catalogue);
    ofSpecialist.add(t);
    return t;
  }

  private ListSpecialistTasks.TaskPage list(int page, int pageSize) {
    return new ListSpecialistTasks(
            currentUser, trajectories, residents, catalogues, accessLog, clock)
        .execute(new ListSpecialistTasks.Query(page, pageSize));
  }

  private static List<String> codes(ListSpecialistTasks.TaskPage page) {
    return page.items().stream()
        .map(t -> t.assignment() == null ? t.evaluation().name() : t.assignment().value())
        .toList();
  }

  @Test
  void assignments_up_to_this_week_with_a_part_for_the_specialist_that_are_not_done() {
    Trajectory t = inCoaching();
    t.submitAnswers(WEEK_ONE, Map.of("bedrag", "10"), catalogue, clock.now());
    t.skip(TAX, catalogue, COACH, clock.now());

    ListSpecialistTasks.TaskPage page = list(1, 20);

    assertEquals(List.of(ALLOWANCE.value(), LETTERS.value()), codes(page));
    ListSpecialistTasks.Task first = page.items().get(0);
    assertEquals(ListSpecialistTasks.TaskKind.ASSIGNMENT, first.kind());
    assertEquals("Anna de Vries", first.residentName());
    assertEquals("Zet het weekgeld om naar maandgeld.", first.expectedOfSpecialist());
    assertEquals(ProgressState.OPEN, first.state());
    assertEquals(1, first.week());
    assertEquals(2, page.totalItems());
    verify(accessLog).concerns(RESIDENT, t.id(), null);
  }

  @Test
  void an_open_evaluation_is_a_task_until_the_specialist_answered_their_part() {
    Trajectory t = inCoaching();
    t.openEvaluation(EvaluationKind.MID, catalogue, COACH, clock.now());
    t.answerEvaluation(
        EvaluationKind.MID, Participant.coach(COACH), Map.of("hoe-gaat-het", "Goed"), clock.now());

    assertEquals(
        List.of("MID", ALLOWANCE.value(), LETTERS.value(), TAX.value()), codes(list(1, 20)));

    t.answerEvaluation(
        EvaluationKind.MID,
        Participant.specialist(SPECIALIST),
        Map.of("hoe-gaat-het", "Goed"),
        clock.now());
    assertEquals(List.of(ALLOWANCE.value(), LETTERS.value(), TAX.value()), codes(list(1, 20)));
  }

  @Test
  void trajectories_of_another_municipality_and_closed_ones_are_left_out() {
    Trajectory elsewhere =
        Trajectory.start(
            new TrajectoryId(UUID.randomUUID()),
            OTHER_MUNICIPALITY,
            new ResidentId(UUID.randomUUID()),
            catalogue,
            Set.of(COACH),
            Set.of(SPECIALIST),
            SPECIALIST,
            START);
    ofSpecialist.add(elsewhere);
    Trajectory stopped = LifeStages.activated(catalogue);
    stopped.stopEarly(EarlyStopReason.RESIDENT_WITHDREW, "Wil niet meer", catalogue, COACH, START);
    ofSpecialist.add(stopped);

    assertEquals(0, list(1, 20).totalItems());
    verify(accessLog, never()).concerns(any(), any(), any());
  }

  @Test
  void the_list_is_paged_and_sorted_by_resident() {
    Trajectory anna = inCoaching();
    // The same course as Anna's, for another resident.
    Trajectory t = UseCaseFixtures.trajectoryInCoaching(catalogue);
    Trajectory bram =
        Trajectory.restore(
            new TrajectorySnapshot(
                new TrajectoryId(UUID.randomUUID()),
                MUNICIPALITY,
                new ResidentId(UUID.randomUUID()),
                t.type(),
                t.catalogueId(),
                t.coaches(),
                t.specialists(),
                t.stage(),
                t.midEvaluationWeek(),
                t.snapshot().startedAt(),
                t.snapshot().startedBy(),
                t.snapshot().invitedAt(),
                t.snapshot().activatedAt(),
                t.snapshot().coachingStartedOn(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                0));
    ofSpecialist.add(0, bram);

    ListSpecialistTasks.TaskPage first = list(1, 4);
    ListSpecialistTasks.TaskPage second = list(2, 4);
    ListSpecialistTasks.TaskPage beyond = list(3, 4);

    assertEquals(6, first.totalItems());
    assertEquals(
        List.of(anna.id(), anna.id(), anna.id(), bram.id()),
        first.items().stream().map(ListSpecialistTasks.Task::trajectoryId).toList());
    assertEquals(2, second.items().size());
    assertEquals(2, second.page());
    assertEquals(4, second.pageSize());
    assertEquals(List.of(), beyond.items());
    assertThrows(IllegalArgumentException.class, () -> new ListSpecialistTasks.Query(0, 20));
    assertThrows(IllegalArgumentException.class, () -> new ListSpecialistTasks.Query(1, 101));
  }

  @Test
  void only_specialists_have_a_work_list() {
    inCoaching();
    for (Actor actor :
        List.of(
            UseCaseFixtures.coach(),
            UseCaseFixtures.resident(),
            supportWorker(),
            new Actor.StaffActor(SPECIALIST, MUNICIPALITY, Set.of(StaffRole.ADMINISTRATOR)))) {
      when(currentUser.actor()).thenReturn(actor);
      assertThrows(AccessDenied.class, () -> list(1, 20), "" + actor);
    }
  }
}
