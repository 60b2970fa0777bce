package nl.redzaam.application.trajectory.aftercare;

import static nl.redzaam.application.fixtures.LifeStages.coachElsewhere;
import static nl.redzaam.application.fixtures.LifeStages.day;
import static nl.redzaam.application.fixtures.LifeStages.standIn;
import static nl.redzaam.application.fixtures.LifeStages.supportWorker;
import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.coach;
import static nl.redzaam.application.fixtures.UseCaseFixtures.resident;
import static nl.redzaam.application.fixtures.UseCaseFixtures.specialist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.LifeStages;
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
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.CheckIn;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.EarlyStop;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** Check-ins, closing and stopping early, and who may do which. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class AftercareUseCasesTest {

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock CatalogueRepository catalogues;
  @Mock Notifications notifications;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;

  private final Clock clock = () -> day(200);
  private final Catalogue catalogue = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
  private final UUID nextId = UUID.randomUUID();
  private Trajectory trajectory;

  private void given(Trajectory t) {
    trajectory = t;
    when(trajectories.find(t.id())).thenReturn(Optional.of(t));
    when(catalogues.find(t.catalogueId())).thenReturn(Optional.of(catalogue));
    LifeStages.relate(teams, grants, t.id());
  }

  private void as(Actor actor) {
    when(currentUser.actor()).thenReturn(actor);
  }

  private TrajectoryChanges changes() {
    return new TrajectoryChanges(
        currentUser, access(), trajectories, catalogues, clock, notifications);
  }

  private TrajectoryAccess access() {
    return new TrajectoryAccess(trajectories, teams, grants, accessLog);
  }

  private CheckInId plan(LocalDate on) {
    return new PlanCheckIn(changes(), () -> nextId)
        .execute(new PlanCheckIn.Command(trajectory.id(), on));
  }

  private void hold(CheckInId id, String summary) {
    new RecordCheckIn(changes())
        .execute(new RecordCheckIn.Command(trajectory.id(), id, summary, false));
  }

  private void close() {
    new CloseTrajectory(changes()).execute(new CloseTrajectory.Command(trajectory.id()));
  }

  private void stop(EarlyStopReason reason) {
    new StopEarly(changes())
        .execute(new StopEarly.Command(trajectory.id(), reason, "Ze kan het al zelf."));
  }

  private ReadAftercare.Aftercare read() {
    return new ReadAftercare(currentUser, access())
        .execute(new ReadAftercare.Query(trajectory.id()));
  }

  @Test
  void the_coach_plans_a_check_in_and_a_stand_in_records_it() {
    given(LifeStages.inAftercare(catalogue));
    as(coach());
    LocalDate inTwoWeeks = clock.today().plusDays(14);

    CheckInId id = plan(inTwoWeeks);

    assertEquals(new CheckInId(nextId), id);
    assertEquals(List.of(new CheckIn(id, inTwoWeeks, null, null, null)), trajectory.checkIns());
    verify(notifications)
        .happened(List.of(new TrajectoryEvent.CheckInPlanned(trajectory.id(), id, clock.now())));

    as(standIn());
    hold(id, "Gaat goed, budgetplan klopt.");

    assertEquals(
        new CheckIn(id, inTwoWeeks, clock.today(), "Gaat goed, budgetplan klopt.", false),
        trajectory.checkIns().get(0));
    verify(trajectories, org.mockito.Mockito.times(2)).update(trajectory);
  }

  @Test
  void an_unknown_check_in_is_not_found() {
    given(LifeStages.inAftercare(catalogue));
    as(coach());

    assertThrows(
        NotFound.class, () -> hold(new CheckInId(UUID.randomUUID()), "Niet gepland gesprek"));
  }

  @Test
  void only_coaches_run_aftercare() {
    given(LifeStages.inAftercare(catalogue));
    for (Actor actor : List.of(specialist(), resident(), supportWorker())) {
      as(actor);
      assertThrows(AccessDenied.class, () -> plan(clock.today()), "" + actor);
      assertThrows(AccessDenied.class, this::close, "" + actor);
    }
    as(coachElsewhere());
    assertThrows(NotFound.class, () -> plan(clock.today()));
    assertThrows(NotFound.class, this::close);
    verify(trajectories, never()).update(any());
  }

  @Test
  void the_coach_closes_and_the_trajectory_becomes_read_only() {
    given(LifeStages.inAftercare(catalogue));
    as(coach());

    close();

    assertEquals(Stage.CLOSED, trajectory.stage());
    verify(notifications)
        .happened(List.of(new TrajectoryEvent.TrajectoryClosed(trajectory.id(), clock.now())));
    RuleViolation refused = assertThrows(RuleViolation.class, () -> plan(clock.today()));
    assertEquals("closed-trajectory-is-read-only", refused.rule());
  }

  @Test
  void a_trajectory_is_only_closed_in_aftercare() {
    given(UseCaseFixtures.trajectoryInCoaching(catalogue));
    as(coach());

    assertEquals("wrong-stage", assertThrows(RuleViolation.class, this::close).rule());
  }

  @Test
  void stopping_early_during_coaching_leads_to_the_final_evaluation() {
    given(UseCaseFixtures.trajectoryInCoaching(catalogue));
    as(standIn());

    stop(EarlyStopReason.READY_SOONER);

    assertEquals(Stage.FINAL_EVALUATION, trajectory.stage());
    assertTrue(trajectory.evaluation(EvaluationKind.FINAL).isPresent());
    as(resident());
    ReadAftercare.Aftercare aftercare = read();
    assertEquals(
        Optional.of(
            new EarlyStop(
                EarlyStopReason.READY_SOONER,
                "Ze kan het al zelf.",
                clock.today(),
                LifeStages.STAND_IN)),
        aftercare.earlyStop());
    assertEquals(Optional.empty(), aftercare.outcome());
  }

  @Test
  void stopping_before_the_start_conversation_closes_the_trajectory() {
    given(LifeStages.activated(catalogue));
    as(coach());

    stop(EarlyStopReason.RESIDENT_WITHDREW);

    assertEquals(Stage.CLOSED, trajectory.stage());
  }

  @Test
  void only_coaches_stop_early() {
    given(UseCaseFixtures.trajectoryInCoaching(catalogue));
    for (Actor actor : List.of(specialist(), resident(), supportWorker())) {
      as(actor);
      assertThrows(AccessDenied.class, () -> stop(EarlyStopReason.NOT_READY), "" + actor);
    }
    as(coachElsewhere());
    assertThrows(NotFound.class, () -> stop(EarlyStopReason.NOT_READY));
    assertEquals(Optional.empty(), trajectory.earlyStop());
  }

  @Test
  void everyone_who_views_reads_the_outcome_and_the_check_ins() {
    Trajectory t = LifeStages.inAftercare(catalogue);
    t.planCheckIn(new CheckInId(nextId), clock.today(), COACH, clock.now());
    given(Trajectory.restore(t.snapshot()));

    for (Actor actor : List.of(resident(), supportWorker(), specialist(), standIn())) {
      as(actor);
      ReadAftercare.Aftercare aftercare = read();
      assertEquals(Optional.of(Outcome.INDEPENDENT), aftercare.outcome(), "" + actor);
      assertEquals(1, aftercare.checkIns().size());
      assertEquals(Stage.AFTERCARE, aftercare.stage());
    }
  }
}
