package nl.redzaam.application.trajectory.screening;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.LifeStages;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.SelfAssessmentRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.screening.SelfAssessment;
import nl.redzaam.domain.screening.Statement;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.ScreeningComparison;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** Screenings by scores or by the self-assessment, the comparison, and who may do which. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ScreeningUseCasesTest {

  private static final SelfAssessment SELF_ASSESSMENT = selfAssessment();

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock Notifications notifications;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;
  @Mock SelfAssessmentRepository selfAssessments;

  private final Clock clock = () -> day(200);
  private final Catalogue catalogue = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
  private Trajectory trajectory;

  @BeforeEach
  void setUp() {
    trajectory = LifeStages.activated(catalogue);
    when(trajectories.find(trajectory.id())).thenReturn(Optional.of(trajectory));
    when(selfAssessments.current()).thenReturn(SELF_ASSESSMENT);
    LifeStages.relate(teams, grants, trajectory.id());
  }

  /** Four statements per theme, statement ids "theme-n". */
  private static SelfAssessment selfAssessment() {
    List<Statement> statements = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      for (int i = 1; i <= 4; i++) {
        String id = theme.name().toLowerCase().replace('_', '-') + "-" + i;
        statements.add(new Statement(id, "Uitspraak " + id + ".", theme));
      }
    }
    return new SelfAssessment(
        "Zelfscan Test", 1, List.of("Nee", "Meestal niet", "Soms", "Meestal", "Ja"), statements);
  }

  /** Every statement answered with {@code answer}, the first of each theme with {@code first}. */
  private static Map<String, Integer> answers(int first, int answer) {
    Map<String, Integer> answers = new HashMap<>();
    SELF_ASSESSMENT.statements().forEach(s -> answers.put(s.id(), answer));
    for (Theme theme : Theme.values()) {
      answers.put(SELF_ASSESSMENT.statements(theme).get(0).id(), first);
    }
    return answers;
  }

  private void as(Actor actor) {
    when(currentUser.actor()).thenReturn(actor);
  }

  private TrajectoryAccess access() {
    return new TrajectoryAccess(trajectories, teams, grants, accessLog);
  }

  private ScreeningResult record(
      ScreeningKind kind, Map<String, BigDecimal> scores, Map<String, Integer> answers) {
    return new RecordScreening(
            new TrajectoryChanges(currentUser, access(), trajectories, null, clock, notifications),
            selfAssessments,
            UUID::randomUUID)
        .execute(new RecordScreening.Command(trajectory.id(), kind, "Mesis", scores, answers));
  }

  private ReadScreenings.Screenings read() {
    return new ReadScreenings(currentUser, access())
        .execute(new ReadScreenings.Query(trajectory.id()));
  }

  @Test
  void the_coach_records_a_start_screening_as_scores_per_domain() {
    as(coach());

    ScreeningResult result =
        record(
            ScreeningKind.START,
            Map.of("Overzicht", new BigDecimal("2.5"), "Besteden", new BigDecimal("3")),
            null);

    assertEquals(Stage.START_SCREENING, trajectory.stage());
    assertEquals(List.of(result), trajectory.screenings());
    assertEquals("Mesis", result.instrument());
    assertEquals(
        List.of(
            new DomainScore("Besteden", new BigDecimal("3")),
            new DomainScore("Overzicht", new BigDecimal("2.5"))),
        result.scores());
    assertEquals(clock.today(), result.takenOn());
    verify(trajectories).update(trajectory);
    verify(notifications)
        .happened(
            List.of(
                new TrajectoryEvent.ScreeningRecorded(
                    trajectory.id(), ScreeningKind.START, clock.now())));
  }

  @Test
  void the_resident_screens_themselves_with_the_self_assessment_scored_per_theme() {
    as(resident());

    ScreeningResult result = record(ScreeningKind.START, null, answers(1, 3));

    assertEquals(SELF_ASSESSMENT.instrument(), result.instrument());
    assertEquals(Theme.values().length, result.scores().size());
    assertEquals(
        new BigDecimal("2.50"),
        result.score(Theme.INCOME.dutchName()).orElseThrow().score(),
        "(1 + 3 + 3 + 3) / 4");
  }

  @Test
  void the_resident_does_not_enter_an_instruments_scores() {
    as(resident());

    assertThrows(
        AccessDenied.class,
        () -> record(ScreeningKind.START, Map.of("Overzicht", BigDecimal.ONE), null));
    verify(trajectories, never()).update(any());
  }

  @Test
  void a_screening_is_either_scores_or_self_assessment_answers() {
    as(coach());

    for (var scores : List.of(Map.<String, BigDecimal>of(), Map.of("Overzicht", BigDecimal.ONE))) {
      RuleViolation refused =
          assertThrows(
              RuleViolation.class,
              () ->
                  record(ScreeningKind.START, scores, scores.isEmpty() ? Map.of() : answers(3, 3)));
      assertEquals("scores-or-self-assessment", refused.rule());
    }
  }

  @Test
  void specialist_and_support_worker_do_not_record_and_other_municipalities_find_nothing() {
    for (Actor actor : List.of(specialist(), supportWorker())) {
      as(actor);
      assertThrows(
          AccessDenied.class, () -> record(ScreeningKind.START, null, answers(3, 3)), "" + actor);
    }
    as(coachElsewhere());
    assertThrows(NotFound.class, () -> record(ScreeningKind.START, null, answers(3, 3)));
    assertThrows(NotFound.class, this::read);
    verify(trajectories, never()).update(any());
  }

  @Test
  void start_and_end_of_the_self_assessment_are_compared_per_theme_for_everyone_who_views() {
    as(resident());
    record(ScreeningKind.START, null, answers(1, 2));
    trajectory.openEvaluation(EvaluationKind.START, catalogue, COACH, day(200));
    trajectory.concludeEvaluation(EvaluationKind.START, "Start", COACH, day(200));
    trajectory.openEvaluation(EvaluationKind.MID, catalogue, COACH, day(200));
    trajectory.concludeEvaluation(EvaluationKind.MID, "Helft", COACH, day(200));
    as(standIn());
    record(ScreeningKind.END, null, answers(5, 4));

    for (Actor actor : List.of(resident(), supportWorker(), specialist(), coach())) {
      as(actor);
      ReadScreenings.Screenings screenings = read();
      assertEquals(2, screenings.screenings().size(), "" + actor);
      ScreeningComparison comparison = screenings.comparison().orElseThrow();
      ScreeningComparison.DomainChange income =
          comparison.changes().stream()
              .filter(c -> c.domain().equals(Theme.INCOME.dutchName()))
              .findFirst()
              .orElseThrow();
      assertEquals(new BigDecimal("1.75"), income.start());
      assertEquals(new BigDecimal("4.25"), income.end());
      assertEquals(new BigDecimal("2.50"), income.change());
    }
  }

  @Test
  void without_an_end_screening_there_is_no_comparison() {
    as(coach());
    record(ScreeningKind.START, Map.of("Overzicht", BigDecimal.ONE), null);

    assertTrue(read().comparison().isEmpty());
  }

  @Test
  void participants_read_the_self_assessment_statements_others_do_not() {
    as(supportWorker());
    var readSelfAssessment = new ReadSelfAssessment(currentUser, access(), selfAssessments);

    assertEquals(
        SELF_ASSESSMENT, readSelfAssessment.execute(new ReadSelfAssessment.Query(trajectory.id())));
    as(coachElsewhere());
    assertThrows(
        NotFound.class,
        () -> readSelfAssessment.execute(new ReadSelfAssessment.Query(trajectory.id())));
  }
}
