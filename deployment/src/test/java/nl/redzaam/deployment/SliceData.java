package nl.redzaam.deployment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.catalogue.FileCatalogueRepository;
import nl.redzaam.adapters.persistence.jpa.login.JpaAccountRepository;
import nl.redzaam.adapters.persistence.jpa.municipality.JpaMunicipalityRepository;
import nl.redzaam.adapters.persistence.jpa.resident.JpaResidentRepository;
import nl.redzaam.adapters.persistence.jpa.staff.JpaCoachTeamRepository;
import nl.redzaam.adapters.persistence.jpa.staff.JpaStaffMemberRepository;
import nl.redzaam.adapters.persistence.jpa.trajectory.JpaTrajectoryRepository;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.application.port.Account;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.flywaydb.core.Flyway;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts two municipalities into the IT's PostgreSQL schema before the server starts, through the
 * real JPA adapter (its own persistence unit, run in Java SE): in each a coach, a specialist and a
 * resident whose debt-assistance trajectory is in week 5, and an administrator; in Aland also a
 * second coach in a coach team with the first ({@link #ALAND_TEAM_MATE}). Register it after {@link
 * PostgresqlRequired} and before {@code ArquillianExtension}.
 */
public class SliceData implements BeforeAllCallback {

  static final String PASSWORD = "a-long-test-password-1";

  /** One municipality's people and trajectory. */
  record Town(
      MunicipalityId municipality,
      StaffMemberId coach,
      String coachEmail,
      StaffMemberId specialist,
      String specialistEmail,
      ResidentId resident,
      String residentEmail,
      TrajectoryId trajectory,
      StaffMemberId administrator,
      String administratorEmail) {

    static Town named(String name) {
      return new Town(
          new MunicipalityId(UUID.randomUUID()),
          new StaffMemberId(UUID.randomUUID()),
          "coach@" + name + ".example",
          new StaffMemberId(UUID.randomUUID()),
          "specialist@" + name + ".example",
          new ResidentId(UUID.randomUUID()),
          "inwoner@" + name + ".example",
          new TrajectoryId(UUID.randomUUID()),
          new StaffMemberId(UUID.randomUUID()),
          "beheer@" + name + ".example");
    }
  }

  static final Town ALAND = Town.named("aland");
  static final Town BEELAND = Town.named("beeland");

  /** A second coach of Aland, in a coach team with Aland's coach: stands in for its trajectory. */
  static final StaffMemberId ALAND_TEAM_MATE = new StaffMemberId(UUID.randomUUID());

  static final String ALAND_TEAM_MATE_EMAIL = "teamgenoot@aland.example";

  @Override
  public void beforeAll(ExtensionContext context) {
    Flyway.configure()
        .dataSource(PostgresqlRequired.URL, PostgresqlRequired.USER, PostgresqlRequired.PASSWORD)
        .schemas(PostgresqlRequired.SCHEMA)
        .defaultSchema(PostgresqlRequired.SCHEMA)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
    hash.initialize(PasswordHashing.PARAMETERS);
    String passwordHash = hash.generate(PASSWORD.toCharArray());
    Catalogue catalogue =
        FileCatalogueRepository.fromClasspath("catalog/index.json")
            .current(TrajectoryType.DEBT_ASSISTANCE)
            .orElseThrow();

    String url =
        PostgresqlRequired.URL
            + (PostgresqlRequired.URL.contains("?") ? "&" : "?")
            + "currentSchema="
            + PostgresqlRequired.SCHEMA;
    EntityManagerFactory factory =
        JavaSeJpa.open(url, PostgresqlRequired.USER, PostgresqlRequired.PASSWORD);
    try {
      for (Town town : List.of(ALAND, BEELAND)) {
        String name = town == ALAND ? "Gemeente Aland" : "Gemeente Beeland";
        JavaSeJpa.inTransaction(factory, em -> store(em, name, town, catalogue, passwordHash));
      }
      JavaSeJpa.inTransaction(factory, em -> storeTeamMate(em, ALAND, passwordHash));
    } finally {
      factory.close();
    }
  }

  private static Void store(
      EntityManager em, String name, Town town, Catalogue catalogue, String passwordHash) {
    Municipality municipality = Municipality.register(town.municipality(), name);
    municipality.purchase(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT);
    new JpaMunicipalityRepository(em).add(municipality);

    var staff = new JpaStaffMemberRepository(em);
    var accounts = new JpaAccountRepository(em);
    staff.add(member(town.coach(), town, town.coachEmail(), StaffRole.COACH));
    staff.add(member(town.specialist(), town, town.specialistEmail(), StaffRole.SPECIALIST));
    staff.add(
        member(town.administrator(), town, town.administratorEmail(), StaffRole.ADMINISTRATOR));
    new JpaResidentRepository(em)
        .add(
            new Resident(
                town.resident(),
                town.municipality(),
                "Lisa",
                "Bakker",
                new EmailAddress(town.residentEmail()),
                0));
    accounts.add(
        account(town.coachEmail(), passwordHash, Account.Kind.STAFF, town.coach().value()));
    accounts.add(
        account(
            town.specialistEmail(), passwordHash, Account.Kind.STAFF, town.specialist().value()));
    accounts.add(
        account(
            town.administratorEmail(),
            passwordHash,
            Account.Kind.STAFF,
            town.administrator().value()));
    accounts.add(
        account(
            town.residentEmail(), passwordHash, Account.Kind.RESIDENT, town.resident().value()));
    new JpaTrajectoryRepository(em).add(inWeekFive(town, catalogue));
    return null;
  }

  /** {@link #ALAND_TEAM_MATE} and a coach team of the two of them. */
  private static Void storeTeamMate(EntityManager em, Town town, String passwordHash) {
    new JpaStaffMemberRepository(em)
        .add(member(ALAND_TEAM_MATE, town, ALAND_TEAM_MATE_EMAIL, StaffRole.COACH));
    new JpaAccountRepository(em)
        .add(
            account(
                ALAND_TEAM_MATE_EMAIL, passwordHash, Account.Kind.STAFF, ALAND_TEAM_MATE.value()));
    new JpaCoachTeamRepository(em)
        .add(
            new CoachTeam(
                new CoachTeamId(UUID.randomUUID()),
                town.municipality(),
                "Team Aland",
                Set.of(town.coach(), ALAND_TEAM_MATE),
                0));
    return null;
  }

  private static StaffMember member(StaffMemberId id, Town town, String email, StaffRole role) {
    return new StaffMember(
        id, town.municipality(), role.name(), new EmailAddress(email), Set.of(role), null, true, 0);
  }

  private static Account account(String email, String hash, Account.Kind kind, UUID person) {
    return new Account(new EmailAddress(email), hash, kind, person);
  }

  /** Coaching started 30 days ago (week 5); the resident finished week 1. */
  private static Trajectory inWeekFive(Town town, Catalogue catalogue) {
    Instant now = Instant.now();
    Trajectory t =
        Trajectory.start(
            town.trajectory(),
            town.municipality(),
            town.resident(),
            catalogue,
            Set.of(town.coach()),
            Set.of(town.specialist()),
            town.specialist(),
            daysAgo(now, 40));
    t.invite(daysAgo(now, 39));
    t.activate(daysAgo(now, 38));
    t.openEvaluation(EvaluationKind.START, catalogue, town.coach(), daysAgo(now, 31));
    t.concludeEvaluation(EvaluationKind.START, "We beginnen.", town.coach(), daysAgo(now, 30));
    for (AssignmentTemplate a : catalogue.assignmentsOfWeek(1)) {
      t.submitAnswers(a.code(), answersFor(a.questions()), catalogue, daysAgo(now, 28));
      t.approve(a.code(), town.coach(), daysAgo(now, 27));
    }
    return t;
  }

  /** Valid answers for every question, by answer type. */
  static Map<String, String> answersFor(List<Question> questions) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Question q : questions) {
      answers.put(
          q.id(),
          switch (q.type()) {
            case FREE_TEXT -> "Gedaan.";
            case YES_NO -> "yes";
            case CHOICE -> q.options().get(0);
            case AMOUNT -> "12.50";
            case DATE -> LocalDate.now().toString();
          });
    }
    return answers;
  }

  private static Instant daysAgo(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }
}
