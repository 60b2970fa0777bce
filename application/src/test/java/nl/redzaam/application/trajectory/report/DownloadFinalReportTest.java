package nl.redzaam.application.trajectory.report;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.RESIDENT;
import static nl.redzaam.application.fixtures.UseCaseFixtures.SPECIALIST;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CourtAdviceRepository;
import nl.redzaam.application.port.FinalReport;
import nl.redzaam.application.port.GrowthPlanRepository;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.courtadvice.CourtRecommendation;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.Trajectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** What the final report holds and when it says it is final. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class DownloadFinalReportTest {

  @Mock Clock clock;
  @Mock MunicipalityRepository municipalities;
  @Mock ResidentRepository residents;
  @Mock StaffMemberRepository staff;
  @Mock CatalogueRepository catalogues;
  @Mock GrowthPlanRepository plans;
  @Mock CourtAdviceRepository advice;

  private DownloadFinalReport download;

  @BeforeEach
  void setUp() {
    when(clock.now()).thenReturn(START.plus(Duration.ofDays(200)));
    Municipality aland = Municipality.register(MUNICIPALITY, "Gemeente Aland");
    aland.purchase(Module.PROTECTIVE_ADMINISTRATION);
    when(municipalities.find(MUNICIPALITY)).thenReturn(Optional.of(aland));
    when(residents.find(RESIDENT))
        .thenReturn(
            Optional.of(
                new Resident(
                    RESIDENT, MUNICIPALITY, "Noor", "Visser", new EmailAddress("n@a.example"), 0)));
    when(staff.find(COACH))
        .thenReturn(
            Optional.of(
                new StaffMember(
                    COACH,
                    MUNICIPALITY,
                    "Chris Coach",
                    new EmailAddress("c@a.example"),
                    Set.of(StaffRole.COACH),
                    null,
                    true,
                    0)));
    when(plans.find(any())).thenReturn(Optional.empty());
    download =
        new DownloadFinalReport(
            null, null, clock, municipalities, residents, staff, catalogues, plans, advice, null);
  }

  @Test
  void a_trajectory_in_coaching_gives_a_draft_with_its_own_parts() {
    Catalogue catalogue = catalogue(TrajectoryType.DEBT_ASSISTANCE);
    FinalReport report = download.report(UseCaseFixtures.trajectoryInCoaching(catalogue));

    assertFalse(report.isFinal());
    assertEquals("Gemeente Aland", report.municipalityName());
    assertEquals(DownloadFinalReport.DEFAULT_HOUSE_COLOUR, report.houseColour());
    assertEquals("Noor Visser", report.residentName());
    assertEquals(java.util.List.of("Chris Coach"), report.coaches());
    assertEquals(
        java.util.List.of("Medewerker (niet meer actief)"), report.specialists(), "unknown staff");
    assertEquals(Theme.INCOME, report.themes().get(0).theme());
    assertEquals(ProgressState.OPEN, report.themes().get(0).assignments().get(0).state());
    assertEquals("We beginnen.", report.evaluations().get(0).jointConclusion());
    assertTrue(report.courtAdvice().isEmpty());
  }

  @Test
  void protective_administration_is_final_only_with_the_outcome_and_final_advice() {
    Catalogue catalogue = catalogue(TrajectoryType.PROTECTIVE_ADMINISTRATION);
    Trajectory decided = decided(catalogue);
    CourtAdvice draft =
        CourtAdvice.draft(
            decided, CourtRecommendation.END, "Noor kan het zelf.", SPECIALIST, LocalDate.now());
    when(advice.find(decided.id())).thenReturn(Optional.of(draft));

    FinalReport withDraft = download.report(decided);
    assertFalse(withDraft.isFinal(), "the advice is a draft");
    assertEquals(Optional.of(Outcome.INDEPENDENT), withDraft.outcome());
    assertEquals(CourtRecommendation.END, withDraft.courtAdvice().orElseThrow().recommendation());

    draft.makeFinal(decided, SPECIALIST, LocalDate.now());
    assertTrue(download.report(decided).isFinal());
  }

  @Test
  void the_coachs_feedback_is_shortened_at_a_word() {
    String feedback = "Goed gedaan. ".repeat(30);

    String shortened = DownloadFinalReport.shortened(feedback);

    assertTrue(shortened.length() <= DownloadFinalReport.FEEDBACK_LENGTH, shortened);
    assertTrue(shortened.endsWith("gedaan.…") || shortened.endsWith("Goed…"), shortened);
    assertEquals("Kort.", DownloadFinalReport.shortened("Kort."));
  }

  private Catalogue catalogue(TrajectoryType type) {
    Catalogue catalogue = UseCaseFixtures.catalogue(type);
    when(catalogues.find(catalogue.id())).thenReturn(Optional.of(catalogue));
    return catalogue;
  }

  /** Through the mid and final evaluation to outcome 11A. */
  private static Trajectory decided(Catalogue catalogue) {
    Trajectory t = UseCaseFixtures.trajectoryInCoaching(catalogue);
    Instant mid = START.plus(Duration.ofDays(7 * 17));
    t.openEvaluation(EvaluationKind.MID, catalogue, COACH, mid);
    t.concludeEvaluation(EvaluationKind.MID, "Halverwege.", COACH, mid.plus(Duration.ofDays(1)));
    Instant end = START.plus(Duration.ofDays(7 * 25));
    t.openEvaluation(EvaluationKind.FINAL, catalogue, COACH, end);
    t.concludeFinalEvaluation("Samen.", Outcome.INDEPENDENT, COACH, end.plus(Duration.ofDays(1)));
    return t;
  }
}
