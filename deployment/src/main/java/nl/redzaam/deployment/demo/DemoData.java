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
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.AgreementId;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.GoalId;
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
 * waits for review, and she left a note on week 5 that waits for a reply.
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
  static final ResidentId RESIDENT =
      new ResidentId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0005"));
  static final TrajectoryId TRAJECTORY =
      new TrajectoryId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0006"));

  /** Demo passwords: public on purpose, and only ever set on the embedded database. */
  public static final List<DemoLogin> LOGINS =
      List.of(
          new DemoLogin("coach", "coach@voorbeeldstad.example", "demo-coach-voorbeeldstad"),
          new DemoLogin(
              "specialist", "specialist@voorbeeldstad.example", "demo-specialist-voorbeeldstad"),
          new DemoLogin("inwoner", "inwoner@voorbeeldstad.example", "demo-inwoner-voorbeeldstad"),
          new DemoLogin("beheerder", "beheer@voorbeeldstad.example", "demo-beheer-voorbeeldstad"));

  @Inject MunicipalityRepository municipalities;
  @Inject StaffMemberRepository staff;
  @Inject ResidentRepository residents;
  @Inject TrajectoryRepository trajectories;
  @Inject AccountRepository accounts;
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
    municipalities.add(voorbeeldstad);

    addStaff(COACH, "Sanne Jansen", Set.of(StaffRole.COACH), null, LOGINS.get(0));
    addStaff(
        SPECIALIST,
        "Peter de Vries",
        Set.of(StaffRole.SPECIALIST),
        "Kredietbank Voorbeeldstad",
        LOGINS.get(1));
    addStaff(ADMINISTRATOR, "Ayla Demir", Set.of(StaffRole.ADMINISTRATOR), null, LOGINS.get(3));
    residents.add(
        new Resident(
            RESIDENT, MUNICIPALITY, "Lisa", "Bakker", new EmailAddress(LOGINS.get(2).email()), 0));
    accounts.add(account(LOGINS.get(2), Account.Kind.RESIDENT, RESIDENT.value()));

    trajectories.add(trajectoryInWeekFive());
    return true;
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
    t.setGoal(
        new GoalId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0201")),
        "Ik betaal mijn vaste lasten zelf en op tijd.",
        Theme.ORGANISING_MONEY_MATTERS,
        COACH,
        daysAgo(now, 30));
    t.makeAgreement(
        new AgreementId(UUID.fromString("5d1e0d5e-6a0b-4c59-9a55-0a5e3b1d0202")),
        "We spreken elkaar om de twee weken, bij Lisa thuis.",
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
