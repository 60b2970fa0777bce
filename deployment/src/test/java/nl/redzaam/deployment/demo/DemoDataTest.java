package nl.redzaam.deployment.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import nl.redzaam.adapters.catalogue.FileCatalogueRepository;
import nl.redzaam.adapters.persistence.jpa.budget.JpaBudgetPlanRepository;
import nl.redzaam.adapters.persistence.jpa.conversation.JpaMessageRepository;
import nl.redzaam.adapters.persistence.jpa.growthplan.JpaGrowthPlanRepository;
import nl.redzaam.adapters.persistence.jpa.login.JpaAccountRepository;
import nl.redzaam.adapters.persistence.jpa.municipality.JpaMunicipalityRepository;
import nl.redzaam.adapters.persistence.jpa.resident.JpaResidentRepository;
import nl.redzaam.adapters.persistence.jpa.staff.JpaStaffMemberRepository;
import nl.redzaam.adapters.persistence.jpa.support.JpaSupportOrganisationRepository;
import nl.redzaam.adapters.persistence.jpa.support.JpaSupportWorkerRepository;
import nl.redzaam.adapters.persistence.jpa.trajectory.JpaTrajectoryRepository;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.deployment.JavaSeJpa;
import nl.redzaam.domain.budget.ResidentBudgetRight;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.trajectory.Stage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo data is valid for the domain and lands in the embedded default's kind of database (H2 in
 * PostgreSQL mode, migrated by Flyway) through the real JPA adapter: every demo login exists, and
 * the trajectory, messages, budget plan and support organisation come back as seeded.
 */
class DemoDataTest {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private EntityManagerFactory factory;

  @BeforeEach
  void migrate() {
    String url =
        "jdbc:h2:mem:demo-"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    factory = JavaSeJpa.open(url, "sa", "");
  }

  @AfterEach
  void close() {
    factory.close();
  }

  @Test
  void seeds_once_and_everything_comes_back() {
    assertTrue(inTransaction(DemoData::seedIfAbsent));
    assertFalse(inTransaction(DemoData::seedIfAbsent), "a second start seeds nothing");

    inTransaction(
        demo -> {
          for (DemoLogin login : DemoData.LOGINS) {
            assertTrue(
                demo.accounts.findByEmail(new EmailAddress(login.email())).isPresent(),
                login.email());
          }
          var trajectory = demo.trajectories.find(DemoData.TRAJECTORY).orElseThrow();
          assertEquals(Stage.COACHING_PART_ONE, trajectory.stage());
          assertEquals(
              5, trajectory.currentWeek(NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
          assertEquals(
              1,
              demo.messages
                  .unreadBy(Correspondent.staff(DemoData.COACH), DemoData.TRAJECTORY, NOW)
                  .size());
          var growthPlan = demo.growthPlans.find(DemoData.TRAJECTORY).orElseThrow();
          assertEquals(1, growthPlan.goals().size());
          assertEquals(1, growthPlan.agreements().size());
          var plan = demo.budgetPlans.find(DemoData.TRAJECTORY).orElseThrow();
          assertEquals(ResidentBudgetRight.READ_AND_EDIT, plan.residentRight());
          assertEquals(1, plan.debts().size());
          assertTrue(
              demo.mailPreferences.withWeeklyAssignments().contains(DemoData.RESIDENT.value()),
              "Lisa chose the weekly mail");
          var protective = demo.trajectories.find(DemoData.PROTECTIVE_TRAJECTORY).orElseThrow();
          assertEquals(Stage.FINAL_EVALUATION, protective.stage());
          assertEquals(DemoData.PROTECTED_RESIDENT, protective.residentId());
          return null;
        });
  }

  private <T> T inTransaction(Function<DemoData, T> work) {
    return JavaSeJpa.inTransaction(factory, em -> work.apply(demoData(em)));
  }

  static DemoData demoData(EntityManager em) {
    DemoData demo = new DemoData();
    demo.municipalities = new JpaMunicipalityRepository(em);
    demo.staff = new JpaStaffMemberRepository(em);
    demo.residents = new JpaResidentRepository(em);
    demo.trajectories = new JpaTrajectoryRepository(em);
    demo.accounts = new JpaAccountRepository(em);
    demo.messages = new JpaMessageRepository(em);
    demo.mailPreferences =
        new nl.redzaam.adapters.persistence.jpa.mail.JpaMailPreferenceRepository(em);
    demo.budgetPlans = new JpaBudgetPlanRepository(em);
    demo.growthPlans = new JpaGrowthPlanRepository(em);
    demo.organisations = new JpaSupportOrganisationRepository(em);
    demo.workers = new JpaSupportWorkerRepository(em);
    demo.catalogues = FileCatalogueRepository.fromClasspath(FileCatalogueRepository.DEFAULT_INDEX);
    demo.passwords =
        new PasswordHashing() {
          @Override
          public String hash(String password) {
            return "not-a-real-hash:" + password.length();
          }
        };
    demo.clock = () -> NOW;
    return demo;
  }
}
