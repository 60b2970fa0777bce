package nl.redzaam.application.trajectory.evaluation;

import static nl.redzaam.application.fixtures.LifeStages.coachAndSpecialist;
import static nl.redzaam.application.fixtures.LifeStages.coachElsewhere;
import static nl.redzaam.application.fixtures.LifeStages.day;
import static nl.redzaam.application.fixtures.LifeStages.standIn;
import static nl.redzaam.application.fixtures.LifeStages.supportWorker;
import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.RESIDENT;
import static nl.redzaam.application.fixtures.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.fixtures.UseCaseFixtures.coach;
import static nl.redzaam.application.fixtures.UseCaseFixtures.resident;
import static nl.redzaam.application.fixtures.UseCaseFixtures.specialist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import nl.redzaam.application.StaleVersion;
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
import nl.redzaam.domain.trajectory.EvaluationAnswer;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.ParticipantRole;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** Opening, answering, reading and concluding evaluations, and who may do which. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class EvaluationUseCasesTest {

  private static final String QUESTION = "hoe-gaat-het";

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock CatalogueRepository catalogues;
  @Mock Notifications notifications;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;

  private final Clock clock = () -> day(200);
  private final Catalogue catalogue = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
  private Trajectory trajectory;

  private Trajectory given(Trajectory t) {
    trajectory = t;
    when(trajectories.find(t.id())).thenReturn(Optional.of(t));
    when(catalogues.find(t.catalogueId()))
        .thenReturn(Optional.of(UseCaseFixtures.catalogue(t.type())));
    LifeStages.relate(teams, grants, t.id());
    return t;
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

  private void open(EvaluationKind kind) {
    new OpenEvaluation(changes()).execute(new OpenEvaluation.Command(trajectory.id(), kind));
  }

  private void answer(EvaluationKind kind, String text, ParticipantRole part) {
    new AnswerEvaluation(changes())
        .execute(new AnswerEvaluation.Command(trajectory.id(), kind, Map.of(QUESTION, text), part));
  }

  private void conclude(EvaluationKind kind, String text, Outcome outcome, long version) {
    new ConcludeEvaluation(changes())
        .execute(new ConcludeEvaluation.Command(trajectory.id(), kind, text, outcome, version));
  }

  private ReadEvaluations.VisibleEvaluation read(EvaluationKind kind) {
    return new ReadEvaluations(currentUser, access())
        .execute(new ReadEvaluations.Query(trajectory.id()))
        .of(kind)
        .orElseThrow();
  }

  private static List<String> texts(ReadEvaluations.VisibleEvaluation evaluation) {
    return evaluation.answers().stream().map(EvaluationAnswer::text).sorted().toList();
  }

  // ---------------------------------------------------------------- opening

  @Test
  void the_coach_opens_the_start_conversation_and_it_is_stored_and_announced() {
    given(LifeStages.activated(catalogue));
    as(coach());

    open(EvaluationKind.START);

    assertEquals(Stage.START_CONVERSATION, trajectory.stage());
    assertEquals(
        catalogue.evaluationQuestions(EvaluationKind.START),
        trajectory.evaluation(EvaluationKind.START).orElseThrow().questions());
    verify(trajectories).update(trajectory);
    verify(notifications)
        .happened(
            List.of(
                new TrajectoryEvent.EvaluationOpened(
                    trajectory.id(), EvaluationKind.START, clock.now())));
  }

  @Test
  void a_stand_in_coach_opens_the_mid_evaluation() {
    given(UseCaseFixtures.trajectoryInCoaching(catalogue));
    as(standIn());

    open(EvaluationKind.MID);

    assertEquals(Stage.MID_EVALUATION, trajectory.stage());
  }

  @Test
  void the_specialist_the_resident_and_a_support_worker_do_not_open_evaluations() {
    given(LifeStages.activated(catalogue));
    for (Actor actor : List.of(specialist(), resident(), supportWorker())) {
      as(actor);
      assertThrows(AccessDenied.class, () -> open(EvaluationKind.START), actor.toString());
    }
    verify(trajectories, never()).update(any());
  }

  @Test
  void a_coach_of_another_municipality_finds_no_evaluations() {
    given(LifeStages.activated(catalogue));
    as(coachElsewhere());

    assertThrows(NotFound.class, () -> open(EvaluationKind.START));
    assertThrows(NotFound.class, () -> read(EvaluationKind.START));
  }

  // ---------------------------------------------------------------- answering and reading

  private void everyoneAnswersTheMidEvaluation() {
    given(UseCaseFixtures.trajectoryInCoaching(catalogue));
    as(coach());
    open(EvaluationKind.MID);
    answer(EvaluationKind.MID, "Van de coach", null);
    as(resident());
    answer(EvaluationKind.MID, "Van de inwoner", null);
    as(specialist());
    answer(EvaluationKind.MID, "Van de specialist", null);
  }

  @Test
  void resident_coach_and_specialist_each_answer_their_own_part() {
    everyoneAnswersTheMidEvaluation();

    assertEquals(
        Set.of(
            Participant.coach(COACH),
            Participant.resident(RESIDENT),
            Participant.specialist(SPECIALIST)),
        trajectory.evaluation(EvaluationKind.MID).orElseThrow().answers().stream()
            .map(EvaluationAnswer::participant)
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void answering_again_replaces_only_ones_own_answers() {
    everyoneAnswersTheMidEvaluation();
    as(resident());

    answer(EvaluationKind.MID, "Nu beter", null);

    as(coach());
    assertEquals(
        List.of("Nu beter", "Van de coach", "Van de specialist"), texts(read(EvaluationKind.MID)));
  }

  @Test
  void professionals_see_every_answer() {
    everyoneAnswersTheMidEvaluation();

    for (Actor actor : List.of(coach(), standIn(), specialist())) {
      as(actor);
      ReadEvaluations.VisibleEvaluation mid = read(EvaluationKind.MID);
      assertEquals(
          List.of("Van de coach", "Van de inwoner", "Van de specialist"), texts(mid), "" + actor);
      assertFalse(mid.professionalAnswersHidden());
    }
  }

  @Test
  void the_resident_and_a_support_worker_see_only_the_residents_answers() {
    everyoneAnswersTheMidEvaluation();

    for (Actor actor : List.of(resident(), supportWorker())) {
      as(actor);
      ReadEvaluations.VisibleEvaluation mid = read(EvaluationKind.MID);
      assertEquals(List.of("Van de inwoner"), texts(mid), "" + actor);
      assertTrue(mid.professionalAnswersHidden());
      assertEquals(catalogue.evaluationQuestions(EvaluationKind.MID), mid.questions());
    }
  }

  @Test
  void a_support_worker_does_not_answer() {
    given(UseCaseFixtures.trajectoryInCoaching(catalogue));
    as(coach());
    open(EvaluationKind.MID);
    as(supportWorker());

    assertThrows(AccessDenied.class, () -> answer(EvaluationKind.MID, "Namens haar", null));
  }

  @Test
  void a_coach_who_is_also_specialist_chooses_the_part_to_answer() {
    Trajectory t = UseCaseFixtures.trajectoryInCoaching(catalogue);
    t.addSpecialist(COACH);
    given(Trajectory.restore(t.snapshot()));
    as(coachAndSpecialist());
    open(EvaluationKind.MID);

    answer(EvaluationKind.MID, "Als coach", null);
    answer(EvaluationKind.MID, "Als specialist", ParticipantRole.SPECIALIST);

    assertEquals(
        List.of(
            new EvaluationAnswer(Participant.coach(COACH), QUESTION, "Als coach"),
            new EvaluationAnswer(Participant.specialist(COACH), QUESTION, "Als specialist")),
        trajectory.evaluation(EvaluationKind.MID).orElseThrow().answers());
  }

  @Test
  void nobody_answers_a_part_that_is_not_theirs() {
    given(UseCaseFixtures.trajectoryInCoaching(catalogue));
    as(coach());
    open(EvaluationKind.MID);

    assertThrows(
        AccessDenied.class,
        () -> answer(EvaluationKind.MID, "Als specialist", ParticipantRole.SPECIALIST));
    as(resident());
    assertThrows(
        AccessDenied.class, () -> answer(EvaluationKind.MID, "Als coach", ParticipantRole.COACH));
    as(specialist());
    assertThrows(
        AccessDenied.class, () -> answer(EvaluationKind.MID, "Als coach", ParticipantRole.COACH));
  }

  // ---------------------------------------------------------------- concluding

  @Test
  void the_coach_concludes_the_start_conversation_and_week_one_begins() {
    given(LifeStages.activated(catalogue));
    as(coach());
    open(EvaluationKind.START);

    conclude(EvaluationKind.START, "We gaan beginnen.", null, trajectory.version());

    assertEquals(Stage.COACHING_PART_ONE, trajectory.stage());
    assertEquals(1, trajectory.currentWeek(clock.today()));
    as(resident());
    assertEquals("We gaan beginnen.", read(EvaluationKind.START).jointConclusion());
  }

  @Test
  void a_conclusion_written_against_an_older_version_is_refused() {
    given(LifeStages.activated(catalogue));
    as(coach());
    open(EvaluationKind.START);

    assertThrows(
        StaleVersion.class,
        () -> conclude(EvaluationKind.START, "Te laat.", null, trajectory.version() + 1));
    assertEquals(Stage.START_CONVERSATION, trajectory.stage());
  }

  @Test
  void the_specialist_and_the_resident_do_not_write_the_conclusion() {
    given(LifeStages.activated(catalogue));
    as(coach());
    open(EvaluationKind.START);

    for (Actor actor : List.of(specialist(), resident(), supportWorker())) {
      as(actor);
      assertThrows(
          AccessDenied.class,
          () -> conclude(EvaluationKind.START, "Klaar.", null, trajectory.version()),
          actor.toString());
    }
    assertNull(trajectory.evaluation(EvaluationKind.START).orElseThrow().jointConclusion());
  }

  @Test
  void only_the_final_evaluation_has_an_outcome_and_it_always_has_one() {
    assertEquals(
        "outcome-required",
        assertThrows(
                RuleViolation.class,
                () ->
                    new ConcludeEvaluation.Command(
                        LifeStages.activated(catalogue).id(), EvaluationKind.FINAL, "x", null, 0))
            .rule());
    assertEquals(
        "outcome-only-at-final-evaluation",
        assertThrows(
                RuleViolation.class,
                () ->
                    new ConcludeEvaluation.Command(
                        LifeStages.activated(catalogue).id(),
                        EvaluationKind.MID,
                        "x",
                        Outcome.INDEPENDENT,
                        0))
            .rule());
  }

  @Test
  void the_final_evaluation_sets_the_outcome_that_everyone_sees() {
    given(LifeStages.inPartTwo(catalogue));
    as(standIn());
    open(EvaluationKind.FINAL);
    answer(EvaluationKind.FINAL, "Gaat goed", null);

    conclude(EvaluationKind.FINAL, "Lichtere hulp", Outcome.LIGHTER_SUPPORT, trajectory.version());

    assertEquals(Stage.AFTERCARE, trajectory.stage());
    assertEquals(Optional.of(Outcome.LIGHTER_SUPPORT), trajectory.outcome());
    as(supportWorker());
    ReadEvaluations.VisibleEvaluation last = read(EvaluationKind.FINAL);
    assertEquals(Outcome.LIGHTER_SUPPORT, last.outcome());
    assertEquals("Lichtere hulp", last.jointConclusion());
    assertEquals(List.of(), last.answers());
    assertFalse(last.conclusionAdvisesCourt());
    assertNull(read(EvaluationKind.MID).outcome());
  }

  @Test
  void for_protective_administration_the_final_conclusion_advises_the_court() {
    given(
        LifeStages.inFinalEvaluation(
            UseCaseFixtures.catalogue(TrajectoryType.PROTECTIVE_ADMINISTRATION)));
    as(specialist());

    assertTrue(read(EvaluationKind.FINAL).conclusionAdvisesCourt());
    assertFalse(read(EvaluationKind.MID).conclusionAdvisesCourt());
  }
}
