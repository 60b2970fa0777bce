package nl.redzaam.deployment.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.application.login.SecretTokens;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.BudgetPlanRepository;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.GrowthPlanRepository;
import nl.redzaam.application.port.MailPreferenceRepository;
import nl.redzaam.application.port.MailPreferences;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.Debt;
import nl.redzaam.domain.budget.ExpenseLine;
import nl.redzaam.domain.budget.Frequency;
import nl.redzaam.domain.budget.IncomeLine;
import nl.redzaam.domain.budget.ResidentBudgetRight;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.conversation.MessageReading;
import nl.redzaam.domain.growthplan.AgreementId;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.growthplan.TrajectoryStatus;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.municipality.SecondFactorRule;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Seeds the demo municipality "Voorbeeldstad" once: a coach, a specialist, an administrator and the
 * resident Lisa, whose debt-assistance trajectory is in week 5 on the day the data is made (her
 * start conversation concluded 30 days earlier). She finished weeks 1-3, her first answer of week 4
 * waits for review, and she left a note on week 5 that waits for a reply. She exchanged messages
 * with her coach (her last question is unread), may edit her budget plan, and the verified
 * organisation "Schuldhulpmaatje Voorbeeldstad" has a volunteer with a login, not yet granted
 * access. Noor (no login) is in protective administration; her final evaluation is open, so that
 * the specialist can write the advice to the court and download the final report.
 */
@ApplicationScoped
public class DemoData {

  static final MunicipalityId MUNICIPALITY =
      new MunicipalityId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0001"));
  static final StaffMemberId COACH =
      new StaffMemberId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0002"));
  static final StaffMemberId SPECIALIST =
      new StaffMemberId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0003"));
  static final StaffMemberId ADMINISTRATOR =
      new StaffMemberId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0004"));
  static final StaffMemberId POLICY_OFFICER =
      new StaffMemberId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0010"));
  static final ResidentId RESIDENT =
      new ResidentId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0005"));
  static final TrajectoryId TRAJECTORY =
      new TrajectoryId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0006"));

  /** Noor, whose protective administration may end: her final evaluation is open. */
  static final ResidentId PROTECTED_RESIDENT =
      new ResidentId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0007"));

  static final TrajectoryId PROTECTIVE_TRAJECTORY =
      new TrajectoryId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0008"));

  /** Demo passwords: public on purpose, and only ever set on the embedded database. */
  public static final List<DemoLogin> LOGINS =
      List.of(
          new DemoLogin("coach", "coach@voorbeeldstad.example", "demo-coach-voorbeeldstad"),
          new DemoLogin(
              "specialist", "specialist@voorbeeldstad.example", "demo-specialist-voorbeeldstad"),
          new DemoLogin("inwoner", "inwoner@voorbeeldstad.example", "demo-inwoner-voorbeeldstad"),
          new DemoLogin("beheerder", "beheer@voorbeeldstad.example", "demo-beheer-voorbeeldstad"),
          new DemoLogin(
              "vrijwilliger",
              "vrijwilliger@voorbeeldstad.example",
              "demo-vrijwilliger-voorbeeldstad"),
          new DemoLogin("beleid", "beleid@voorbeeldstad.example", "demo-beleid-voorbeeldstad"));

  @Inject MunicipalityRepository municipalities;
  @Inject StaffMemberRepository staff;
  @Inject ResidentRepository residents;
  @Inject TrajectoryRepository trajectories;
  @Inject AccountRepository accounts;
  @Inject MessageRepository messages;
  @Inject MailPreferenceRepository mailPreferences;
  @Inject BudgetPlanRepository budgetPlans;
  @Inject GrowthPlanRepository growthPlans;
  @Inject SupportOrganisationRepository organisations;
  @Inject SupportWorkerRepository workers;
  @Inject CatalogueRepository catalogues;
  @Inject PasswordHashing passwords;
  @Inject Clock clock;

  /** Seeds the demo data unless it is there already. Returns true when it seeded now. */
  @Transactional
  public boolean seedIfAbsent() {
    if (municipalities.find(MUNICIPALITY).isPresent()) {
      return false;
    }
    Municipality voorbeeldstad = Municipality.register(MUNICIPALITY, "Gemeente Voorbeeldstad");
    voorbeeldstad.purchase(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT);
    voorbeeldstad.purchase(Module.FINANCIAL_SUPPORT);
    voorbeeldstad.purchase(Module.PROTECTIVE_ADMINISTRATION);
    // So that the demo can be tried without an authenticator app; a real municipality starts
    // with the default, which requires one for administrators.
    voorbeeldstad.requireSecondFactor(SecondFactorRule.VOLUNTARY);
    municipalities.add(voorbeeldstad);

    addStaff(COACH, "Sanne Jansen", Set.of(StaffRole.COACH), null, LOGINS.get(0));
    addStaff(
        SPECIALIST,
        "Peter de Vries",
        Set.of(StaffRole.SPECIALIST),
        "Kredietbank Voorbeeldstad",
        LOGINS.get(1));
    addStaff(ADMINISTRATOR, "Ayla Demir", Set.of(StaffRole.ADMINISTRATOR), null, LOGINS.get(3));
    addStaff(
        POLICY_OFFICER, "Bram Hoekstra", Set.of(StaffRole.POLICY_OFFICER), null, LOGINS.get(5));
    residents.add(
        new Resident(
            RESIDENT, MUNICIPALITY, "Lisa", "Bakker", new EmailAddress(LOGINS.get(2).email()), 0));
    accounts.add(account(LOGINS.get(2), Account.Kind.RESIDENT, RESIDENT.value()));
    // Lisa chose the weekly mail: on Monday morning it shows in the local mailbox.
    mailPreferences.save(
        MailPreferences.defaults(RESIDENT.value(), SecretTokens.newToken())
            .with(true, true, MailPreferences.CoachNews.EACH));

    Trajectory trajectory = trajectoryInWeekFive();
    trajectories.add(trajectory);
    growthPlans.add(growthPlan(trajectory));
    residents.add(
        new Resident(
            PROTECTED_RESIDENT,
            MUNICIPALITY,
            "Noor",
            "Visser",
            new EmailAddress("noor@voorbeeldstad.example"),
            0));
    trajectories.add(protectiveAdministrationAtTheEnd());
    addMessages();
    budgetPlans.add(budgetPlan());
    addSupportOrganisation();
    return true;
  }

  /** A short conversation; Lisa's last question has not been read by a coach yet. */
  private void addMessages() {
    Instant now = clock.now();
    Correspondent lisa = Correspondent.resident(RESIDENT);
    Correspondent sanne = Correspondent.staff(COACH);
    messages.add(
        message(
            "5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0401",
            sanne,
            "Hoi Lisa, ik kom donderdag om 10 uur bij je langs. Lukt dat?",
            daysAgo(now, 8),
            List.of(new MessageReading(lisa, daysAgo(now, 8)))));
    messages.add(
        message(
            "5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0402",
            lisa,
            "Ja, dat is goed. Tot donderdag!",
            daysAgo(now, 7),
            List.of(new MessageReading(sanne, daysAgo(now, 7)))));
    messages.add(
        message(
            "5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0403",
            lisa,
            "Ik kreeg een brief van de Belastingdienst over mijn toeslag. Wat moet ik doen?",
            now.minus(Duration.ofHours(3)),
            List.of()));
  }

  private static Message message(
      String id, Correspondent author, String text, Instant sentAt, List<MessageReading> read) {
    return new Message(new MessageId(UUID.fromString(id)), TRAJECTORY, author, text, sentAt, read);
  }

  /** Lisa may read and change her own budget plan, so the demo shows both. */
  private BudgetPlan budgetPlan() {
    LocalDate today = clock.today();
    return new BudgetPlan(
        TRAJECTORY,
        ResidentBudgetRight.READ_AND_EDIT,
        List.of(
            new IncomeLine("Uitkering", new BigDecimal("1250.00"), Frequency.MONTHLY),
            new IncomeLine("Zorgtoeslag", new BigDecimal("123.00"), Frequency.MONTHLY)),
        List.of(
            new ExpenseLine("Huur", new BigDecimal("650.00"), Frequency.MONTHLY),
            new ExpenseLine("Energie", new BigDecimal("95.00"), Frequency.MONTHLY),
            new ExpenseLine("Boodschappen", new BigDecimal("70.00"), Frequency.WEEKLY)),
        List.of(
            new Debt(
                "Zorgverzekeraar",
                new BigDecimal("840.00"),
                new BigDecimal("35.00"),
                Frequency.MONTHLY,
                today.plusMonths(24))),
        0);
  }

  /** A verified organisation with a volunteer who can log in; Lisa decides whether to grant it. */
  private void addSupportOrganisation() {
    SupportOrganisationId organisation =
        new SupportOrganisationId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0501"));
    organisations.add(
        new SupportOrganisation(
            organisation, MUNICIPALITY, "Schuldhulpmaatje Voorbeeldstad", true, 0));
    UUID volunteer = UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0502");
    DemoLogin login = LOGINS.get(4);
    workers.add(
        new SupportWorker(
            new SupportWorkerId(volunteer),
            organisation,
            MUNICIPALITY,
            "Kees Visser",
            new EmailAddress(login.email()),
            true,
            0));
    accounts.add(account(login, Account.Kind.SUPPORT_WORKER, volunteer));
  }

  private void addStaff(
      StaffMemberId id, String name, Set<StaffRole> roles, String organisation, DemoLogin login) {
    staff.add(
        new StaffMember(
            id, MUNICIPALITY, name, new EmailAddress(login.email()), roles, organisation, true, 0));
    accounts.add(account(login, Account.Kind.STAFF, id.value()));
  }

  private Account account(DemoLogin login, Account.Kind kind, UUID person) {
    return new Account(
        new EmailAddress(login.email()), passwords.hash(login.password()), kind, person);
  }

  /** Lisa's growth plan, made at the start conversation: a goal and an agreement. */
  private GrowthPlan growthPlan(Trajectory trajectory) {
    Instant startConversation = daysAgo(clock.now(), 30);
    TrajectoryStatus status = TrajectoryStatus.of(trajectory);
    GrowthPlan plan = GrowthPlan.empty(trajectory.id());
    plan.setGoal(
        new GoalId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0201")),
        "Ik betaal mijn vaste lasten zelf en op tijd.",
        Theme.ORGANISING_MONEY_MATTERS,
        COACH,
        status,
        startConversation);
    plan.makeAgreement(
        new AgreementId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0202")),
        "We spreken elkaar om de twee weken, bij Lisa thuis.",
        COACH,
        status,
        startConversation);
    return plan;
  }

  private Trajectory trajectoryInWeekFive() {
    Instant now = clock.now();
    Catalogue catalogue =
        catalogues
            .current(TrajectoryType.DEBT_ASSISTANCE)
            .orElseThrow(() -> new IllegalStateException("No debt-assistance catalogue"));
    Trajectory t =
        Trajectory.start(
            TRAJECTORY,
            MUNICIPALITY,
            RESIDENT,
            catalogue,
            Set.of(COACH),
            Set.of(SPECIALIST),
            SPECIALIST,
            daysAgo(now, 40));
    t.invite(daysAgo(now, 39));
    t.activate(daysAgo(now, 38));
    t.recordScreening(
        new ScreeningResult(
            new ScreeningId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0101")),
            ScreeningKind.START,
            "Zelfscan Redzaam",
            LocalDate.ofInstant(daysAgo(now, 36), Trajectory.ZONE),
            List.of(
                new DomainScore("Inkomsten", new BigDecimal("2.5")),
                new DomainScore("Geldzaken organiseren", new BigDecimal("2.0")),
                new DomainScore("Verantwoord besteden", new BigDecimal("3.0")),
                new DomainScore("Voorbereid zijn", new BigDecimal("1.5")),
                new DomainScore("Redzaamheid", new BigDecimal("3.5")))),
        daysAgo(now, 36));
    t.openEvaluation(EvaluationKind.START, catalogue, COACH, daysAgo(now, 32));
    t.answerEvaluation(
        EvaluationKind.START,
        Participant.resident(RESIDENT),
        answersTo(catalogue.evaluationQuestions(EvaluationKind.START), "Ik wil overzicht."),
        daysAgo(now, 31));
    t.answerEvaluation(
        EvaluationKind.START,
        Participant.coach(COACH),
        answersTo(
            catalogue.evaluationQuestions(EvaluationKind.START),
            "Lisa is gemotiveerd en wil leren budgetteren."),
        daysAgo(now, 30));
    t.concludeEvaluation(
        EvaluationKind.START,
        "We starten met de opdrachten. Lisa wil leren zelf haar geld te verdelen.",
        COACH,
        daysAgo(now, 30));

    for (int week = 1; week <= 3; week++) {
      for (AssignmentTemplate a : catalogue.assignmentsOfWeek(week)) {
        int day = 30 - 7 * (week - 1) - 2;
        t.submitAnswers(a.code(), answersFor(a, now), catalogue, daysAgo(now, day));
        t.approve(a.code(), COACH, daysAgo(now, day - 1));
      }
    }
    catalogue.assignmentsOfWeek(4).stream()
        .findFirst()
        .ifPresent(a -> t.submitAnswers(a.code(), answersFor(a, now), catalogue, daysAgo(now, 2)));
    catalogue.assignmentsOfWeek(5).stream()
        .findFirst()
        .ifPresent(
            a ->
                t.leaveNote(
                    new NoteId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0301")),
                    a.code(),
                    "Ik snap deze opdracht niet goed. Kun je mij helpen?",
                    catalogue,
                    daysAgo(now, 1)));
    // As agreed, every two weeks at Lisa's home: the next one in three days.
    t.planConversation(clock.today().plusDays(3).atTime(10, 0), "Bij je thuis", COACH, now);
    t.releaseEvents();
    return t;
  }

  /**
   * Noor's protective administration, lived through the method up to the open final evaluation: so
   * that the specialist can try the advice to the court and the final report.
   */
  private Trajectory protectiveAdministrationAtTheEnd() {
    Instant now = clock.now();
    Catalogue catalogue =
        catalogues
            .current(TrajectoryType.PROTECTIVE_ADMINISTRATION)
            .orElseThrow(() -> new IllegalStateException("No protective-administration catalogue"));
    Trajectory t =
        Trajectory.start(
            PROTECTIVE_TRAJECTORY,
            MUNICIPALITY,
            PROTECTED_RESIDENT,
            catalogue,
            Set.of(COACH),
            Set.of(SPECIALIST),
            SPECIALIST,
            daysAgo(now, 200));
    t.invite(daysAgo(now, 199));
    t.activate(daysAgo(now, 198));
    t.openEvaluation(EvaluationKind.START, catalogue, COACH, daysAgo(now, 191));
    t.answerEvaluation(
        EvaluationKind.START,
        Participant.resident(PROTECTED_RESIDENT),
        answersTo(catalogue.evaluationQuestions(EvaluationKind.START), "Ik wil het zelf leren."),
        daysAgo(now, 191));
    t.concludeEvaluation(
        EvaluationKind.START,
        "Noor werkt toe naar het einde van het bewind.",
        COACH,
        daysAgo(now, 190));
    for (AssignmentTemplate a : catalogue.assignmentsOfWeek(1)) {
      t.submitAnswers(a.code(), answersFor(a, now), catalogue, daysAgo(now, 188));
      t.approve(a.code(), COACH, daysAgo(now, 187));
    }
    t.openEvaluation(EvaluationKind.MID, catalogue, COACH, daysAgo(now, 71));
    t.concludeEvaluation(
        EvaluationKind.MID,
        "Noor betaalt haar rekeningen nu zelf op tijd.",
        COACH,
        daysAgo(now, 70));
    t.openEvaluation(EvaluationKind.FINAL, catalogue, COACH, daysAgo(now, 14));
    t.releaseEvents();
    return t;
  }

  private static Map<String, String> answersTo(List<EvaluationQuestion> questions, String text) {
    Map<String, String> answers = new LinkedHashMap<>();
    questions.forEach(q -> answers.put(q.id(), text));
    return answers;
  }

  /** Plausible answers of the right type for every question of an assignment. */
  private static Map<String, String> answersFor(AssignmentTemplate assignment, Instant now) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Question q : assignment.questions()) {
      answers.put(
          q.id(),
          switch (q.type()) {
            case FREE_TEXT -> "Dat heb ik gedaan. Het ging beter dan ik dacht.";
            case YES_NO -> "yes";
            case CHOICE -> q.options().get(0);
            case AMOUNT -> "45.00";
            case DATE -> LocalDate.ofInstant(now, Trajectory.ZONE).toString();
          });
    }
    return answers;
  }

  private static Instant daysAgo(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }
}
