package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.function.Function;
import nl.redzaam.adapters.persistence.jpa.TrajectoryLife.People;
import nl.redzaam.adapters.persistence.jpa.municipality.JpaMunicipalityRepository;
import nl.redzaam.adapters.persistence.jpa.resident.JpaResidentRepository;
import nl.redzaam.adapters.persistence.jpa.staff.JpaStaffMemberRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A contract checked against a real database: subclasses choose it; each test class migrates it
 * from scratch and opens one entity manager factory on it, with the statement counter ({@link
 * SqlCounter}) installed. Tests use fresh ids, so they do not depend on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {

  TestDatabase database;
  EntityManagerFactory factory;

  abstract TestDatabase database();

  @BeforeAll
  void migrateAndOpen() {
    database = database();
    database.migrateFromScratch();
    factory =
        database.open(
            Map.of(
                "eclipselink.logging.logger", SqlCounter.class.getName(),
                "eclipselink.logging.level", "WARNING",
                "eclipselink.logging.level.sql", "FINE"));
  }

  @AfterAll
  void close() {
    if (factory != null) {
      factory.close();
    }
  }

  /** Runs the work in a transaction of a new entity manager (a new persistence context). */
  <T> T inNewTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** A fresh municipality with its resident, two coaches and a specialist, stored. */
  People storedPeople() {
    People p = People.fresh();
    inNewTransaction(
        em -> {
          new JpaMunicipalityRepository(em).add(p.municipality());
          new JpaResidentRepository(em).add(p.resident());
          JpaStaffMemberRepository staff = new JpaStaffMemberRepository(em);
          staff.add(p.coach());
          staff.add(p.secondCoach());
          staff.add(p.specialist());
          return null;
        });
    return p;
  }
}
