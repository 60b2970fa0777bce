package nl.redzaam.deployment;

import static nl.redzaam.deployment.SliceData.ALAND;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.catalogue.FileCatalogueRepository;
import nl.redzaam.adapters.persistence.jpa.growthplan.JpaGrowthPlanRepository;
import nl.redzaam.adapters.persistence.jpa.login.JpaAccountRepository;
import nl.redzaam.adapters.persistence.jpa.municipality.JpaMunicipalityRepository;
import nl.redzaam.adapters.persistence.jpa.resident.JpaResidentRepository;
import nl.redzaam.adapters.persistence.jpa.trajectory.JpaTrajectoryRepository;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.application.port.Account;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.growthplan.AgreementId;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.growthplan.ProgressEntryId;
import nl.redzaam.domain.growthplan.TrajectoryStatus;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Adds to {@link SliceData}'s Aland (register it after that) the protective-administration module
 * and a resident whose trajectory of that type has lived through the method, through the domain's
 * own rules with dates in the past, up to the open final evaluation: screenings at start and end,
 * the start and mid evaluations answered and concluded, week 1 worked on (one assignment sent back
 * with feedback), one assignment skipped, a growth plan with a goal, an agreement and progress. The
 * words below are what the final report must carry.
 */
public class ProtectiveAdministrationData implements BeforeAllCallback {

  static final TrajectoryId TRAJECTORY = new TrajectoryId(UUID.randomUUID());
  static final ResidentId RESIDENT = new ResidentId(UUID.randomUUID());
  static final String RESIDENT_EMAIL = "noor@aland.example";

  static final String GOAL = "Noor opent haar post elke week zelf";
  static final String AGREEMENT = "Op maandag kijkt Noor samen met de coach naar de bank";
  static final String PROGRESS = "De post ligt niet meer op de stapel";
  static final String FEEDBACK = "Kijk nog eens naar je vaste lasten, de huur ontbreekt";
  static final String START_ANSWER = "Ik wil leren mijn geld zelf te regelen";
  static final String START_CONCLUSION = "We werken aan overzicht in de post";
  static final String MID_CONCLUSION = "Halverwege: de rekeningen worden op tijd betaald";

  /** The catalogue's first week-1 assignment, sent back, and the first week-3 one, skipped. */
  static String reworked;

  static String skipped;

  static String approved;

  @Override
  public void beforeAll(ExtensionContext context) {
    Catalogue catalogue =
        FileCatalogueRepository.fromClasspath("catalog/index.json")
            .current(TrajectoryType.PROTECTIVE_ADMINISTRATION)
            .orElseThrow();
    Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
    hash.initialize(PasswordHashing.PARAMETERS);
    String passwordHash = hash.generate(SliceData.PASSWORD.toCharArray());
    String url =
        PostgresqlRequired.URL
            + (PostgresqlRequired.URL.contains("?") ? "&" : "?")
            + "currentSchema="
            + PostgresqlRequired.SCHEMA;
    EntityManagerFactory factory =
        JavaSeJpa.open(url, PostgresqlRequired.USER, PostgresqlRequired.PASSWORD);
    try {
      JavaSeJpa.inTransaction(factory, em -> store(em, catalogue, passwordHash));
    } finally {
      factory.close();
    }
  }

  private static Void store(EntityManager em, Catalogue catalogue, String passwordHash) {
    var municipalities = new JpaMunicipalityRepository(em);
    Municipality aland = municipalities.find(ALAND.municipality()).orElseThrow();
    aland.purchase(Module.PROTECTIVE_ADMINISTRATION);
    municipalities.update(aland);
    new JpaResidentRepository(em)
        .add(
            new Resident(
                RESIDENT,
                ALAND.municipality(),
                "Noor",
                "Visser",
                new EmailAddress(RESIDENT_EMAIL),
                0));
    new JpaAccountRepository(em)
        .add(
            new Account(
                new EmailAddress(RESIDENT_EMAIL),
                passwordHash,
                Account.Kind.RESIDENT,
                RESIDENT.value()));
    Trajectory t = lived(catalogue);
    new JpaTrajectoryRepository(em).add(t);
    TrajectoryStatus status = TrajectoryStatus.of(t);
    GrowthPlan plan = GrowthPlan.empty(TRAJECTORY);
    GoalId goal = new GoalId(UUID.randomUUID());
    plan.setGoal(goal, GOAL, Theme.ORGANISING_MONEY_MATTERS, ALAND.coach(), status, daysAgo(189));
    plan.makeAgreement(
        new AgreementId(UUID.randomUUID()), AGREEMENT, ALAND.coach(), status, daysAgo(189));
    plan.recordProgress(
        new ProgressEntryId(UUID.randomUUID()),
        goal,
        PROGRESS,
        ALAND.coach(),
        status,
        daysAgo(100));
    new JpaGrowthPlanRepository(em).add(plan);
    return null;
  }

  /** Selected 200 days ago; coaching from 190 days ago; the final evaluation opened 14 days ago. */
  private static Trajectory lived(Catalogue catalogue) {
    Trajectory t =
        Trajectory.start(
            TRAJECTORY,
            ALAND.municipality(),
            RESIDENT,
            catalogue,
            Set.of(ALAND.coach()),
            Set.of(ALAND.specialist()),
            ALAND.specialist(),
            daysAgo(200));
    t.invite(daysAgo(199));
    t.activate(daysAgo(198));
    t.recordScreening(screening(ScreeningKind.START, 197, "1", "2"), daysAgo(197));
    t.openEvaluation(EvaluationKind.START, catalogue, ALAND.coach(), daysAgo(191));
    t.answerEvaluation(
        EvaluationKind.START,
        Participant.resident(RESIDENT),
        answers(catalogue.evaluationQuestions(EvaluationKind.START), START_ANSWER),
        daysAgo(191));
    t.concludeEvaluation(EvaluationKind.START, START_CONCLUSION, ALAND.coach(), daysAgo(190));
    List<AssignmentTemplate> weekOne = catalogue.assignmentsOfWeek(1);
    reworked = weekOne.get(0).title();
    approved = weekOne.get(1).title();
    for (AssignmentTemplate a : weekOne) {
      t.submitAnswers(a.code(), SliceData.answersFor(a.questions()), catalogue, daysAgo(188));
    }
    t.requestRework(weekOne.get(0).code(), FEEDBACK, ALAND.coach(), daysAgo(187));
    for (AssignmentTemplate a : weekOne.subList(1, weekOne.size())) {
      t.approve(a.code(), ALAND.coach(), daysAgo(187));
    }
    AssignmentTemplate weekThree = catalogue.assignmentsOfWeek(3).get(0);
    skipped = weekThree.title();
    t.skip(weekThree.code(), catalogue, ALAND.coach(), daysAgo(186));
    t.openEvaluation(EvaluationKind.MID, catalogue, ALAND.coach(), daysAgo(71));
    t.concludeEvaluation(EvaluationKind.MID, MID_CONCLUSION, ALAND.coach(), daysAgo(70));
    t.recordScreening(screening(ScreeningKind.END, 15, "3", "4"), daysAgo(15));
    t.openEvaluation(EvaluationKind.FINAL, catalogue, ALAND.coach(), daysAgo(14));
    t.releaseEvents();
    return t;
  }

  private static ScreeningResult screening(
      ScreeningKind kind, int daysAgo, String income, String overview) {
    return new ScreeningResult(
        new ScreeningId(UUID.randomUUID()),
        kind,
        "Zelfscan",
        LocalDate.ofInstant(daysAgo(daysAgo), Trajectory.ZONE),
        List.of(
            new DomainScore("Inkomsten", new BigDecimal(income)),
            new DomainScore("Geldzaken organiseren", new BigDecimal(overview))));
  }

  static Map<String, String> answers(List<EvaluationQuestion> questions, String text) {
    Map<String, String> answers = new LinkedHashMap<>();
    questions.forEach(q -> answers.put(q.id(), text));
    return answers;
  }

  private static Instant daysAgo(int days) {
    return Instant.now().minus(Duration.ofDays(days));
  }
}
