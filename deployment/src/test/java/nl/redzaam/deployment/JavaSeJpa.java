package nl.redzaam.deployment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;

/** The real JPA adapter outside the server: its persistence unit switched to plain JDBC. */
public final class JavaSeJpa {

  private JavaSeJpa() {}

  public static EntityManagerFactory open(String url, String user, String password) {
    return Persistence.createEntityManagerFactory(
        "redzaam",
        Map.of(
            "jakarta.persistence.transactionType",
            "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource",
            "",
            "jakarta.persistence.jdbc.driver",
            url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver",
            "jakarta.persistence.jdbc.url",
            url,
            "jakarta.persistence.jdbc.user",
            user,
            "jakarta.persistence.jdbc.password",
            password,
            "eclipselink.logging.level",
            "WARNING"));
  }

  /** Runs the work in one transaction, rolled back when it fails. */
  public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
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
}
