package nl.redzaam.application.trajectory;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.OTHER_MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.weeklywork.ReadWeekAssignments;
import nl.redzaam.application.trajectory.weeklywork.ReviewAnswers;
import nl.redzaam.application.trajectory.weeklywork.SubmitAnswers;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class TrajectoryUseCasesTest {

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock CatalogueRepository catalogues;
  @Mock Notifications notifications;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;

  private final Clock clock = () -> START.plusSeconds(3600);
  private Catalogue catalogue;
  private Trajectory trajectory;
  private TrajectoryAccess access;

  @BeforeEach
  void setUp() {
    catalogue = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
    trajectory = UseCaseFixtures.trajectoryInCoaching(catalogue);
    when(trajectories.find(trajectory.id())).thenReturn(Optional.of(trajectory));
    when(catalogues.find(catalogue.id())).thenReturn(Optional.of(catalogue));
    access = new TrajectoryAccess(trajectories, teams, grants, accessLog);
  }

  private TrajectoryChanges changes() {
    return new TrajectoryChanges(
        currentUser, access, trajectories, catalogues, clock, notifications);
  }

  private SubmitAnswers submitAnswers() {
    return new SubmitAnswers(changes());
  }

  private ReviewAnswers reviewAnswers() {
    return new ReviewAnswers(changes());
  }

  @Test
  void the_resident_submits_answers_and_the_change_is_stored_and_announced() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.resident());

    submitAnswers()
        .execute(new SubmitAnswers.Command(trajectory.id(), WEEK_ONE, Map.of("bedrag", "1250,5")));

    assertEquals(ProgressState.SUBMITTED, trajectory.progress(WEEK_ONE).state());
    assertEquals("1250.50", trajectory.progress(WEEK_ONE).answers().get(0).value());
    verify(trajectories).update(trajectory);
    verify(notifications)
        .happened(
            List.of(new TrajectoryEvent.AnswersSubmitted(trajectory.id(), WEEK_ONE, clock.now())));
  }

  @Test
  void a_coach_cannot_submit_answers_for_the_resident() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.coach());

    assertThrows(
        AccessDenied.class,
        () ->
            submitAnswers()
                .execute(
                    new SubmitAnswers.Command(trajectory.id(), WEEK_ONE, Map.of("bedrag", "10"))));
    verify(trajectories, never()).update(any());
  }

  @Test
  void a_staff_member_of_another_municipality_does_not_see_the_trajectory() {
    when(currentUser.actor())
        .thenReturn(new Actor.StaffActor(COACH, OTHER_MUNICIPALITY, Set.of(StaffRole.COACH)));

    assertThrows(
        NotFound.class,
        () ->
            reviewAnswers()
                .execute(
                    new ReviewAnswers.Command(
                        trajectory.id(), WEEK_ONE, ReviewAnswers.Verdict.APPROVED, null)));
  }

  @Test
  void another_resident_does_not_see_the_trajectory() {
    when(currentUser.actor())
        .thenReturn(
            new Actor.ResidentActor(
                new nl.redzaam.domain.resident.ResidentId(java.util.UUID.randomUUID()),
                UseCaseFixtures.MUNICIPALITY));

    assertThrows(
        NotFound.class,
        () ->
            submitAnswers()
                .execute(
                    new SubmitAnswers.Command(trajectory.id(), WEEK_ONE, Map.of("bedrag", "10"))));
  }

  @Test
  void the_coach_sends_answers_back_with_feedback() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.resident());
    submitAnswers()
        .execute(new SubmitAnswers.Command(trajectory.id(), WEEK_ONE, Map.of("bedrag", "10")));
    when(currentUser.actor()).thenReturn(UseCaseFixtures.coach());

    reviewAnswers()
        .execute(
            new ReviewAnswers.Command(
                trajectory.id(),
                WEEK_ONE,
                ReviewAnswers.Verdict.NEEDS_REWORK,
                "Tel je toeslagen ook mee."));

    assertEquals(ProgressState.NEEDS_REWORK, trajectory.progress(WEEK_ONE).state());
    assertEquals("Tel je toeslagen ook mee.", trajectory.progress(WEEK_ONE).feedback());
  }

  @Test
  void a_new_catalogue_version_does_not_change_a_running_trajectory() {
    Catalogue newer =
        new Catalogue(
            new nl.redzaam.domain.catalogue.CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 2),
            catalogue.publishedOn().plusDays(30),
            List.of(),
            Map.of(
                nl.redzaam.domain.method.EvaluationKind.START,
                catalogue.evaluationQuestions(nl.redzaam.domain.method.EvaluationKind.START),
                nl.redzaam.domain.method.EvaluationKind.MID,
                catalogue.evaluationQuestions(nl.redzaam.domain.method.EvaluationKind.MID),
                nl.redzaam.domain.method.EvaluationKind.FINAL,
                catalogue.evaluationQuestions(nl.redzaam.domain.method.EvaluationKind.FINAL)));
    when(catalogues.current(TrajectoryType.DEBT_ASSISTANCE)).thenReturn(Optional.of(newer));
    when(catalogues.find(newer.id())).thenReturn(Optional.of(newer));
    when(currentUser.actor()).thenReturn(UseCaseFixtures.resident());

    var overview =
        new ReadWeekAssignments(currentUser, access, catalogues, clock)
            .execute(new ReadWeekAssignments.Query(trajectory.id(), 1));
    submitAnswers()
        .execute(new SubmitAnswers.Command(trajectory.id(), WEEK_ONE, Map.of("bedrag", "10")));

    assertEquals(catalogue.id(), trajectory.catalogueId());
    assertEquals(List.of(WEEK_ONE), overview.assignments().stream().map(a -> a.code()).toList());
    assertEquals(ProgressState.SUBMITTED, trajectory.progress(WEEK_ONE).state());
  }

  @Test
  void the_week_overview_shows_the_current_week_by_default() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());

    var overview =
        new ReadWeekAssignments(currentUser, access, catalogues, clock)
            .execute(new ReadWeekAssignments.Query(trajectory.id(), null));

    assertEquals(1, overview.week());
    assertEquals(List.of(WEEK_ONE), overview.assignments().stream().map(a -> a.code()).toList());
  }
}
