package nl.redzaam.deployment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.redzaam.adapters.persistence.migration.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers a query and its schema is migrated; otherwise {@code
 * /health} and {@code /health/ready} answer 503 with status DOWN. A migration postponed because the
 * database was unreachable at startup is retried here.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject DatabaseMigration migration;

  private volatile boolean wasUp = true;

  @Override
  public HealthCheckResponse call() {
    String problem;
    try {
      problem = problem();
    } catch (SQLException | RuntimeException e) {
      logChange(false, e.toString());
      return down("not reachable");
    }
    logChange(problem == null, problem);
    return problem == null ? HealthCheckResponse.up("database") : down(problem);
  }

  private String problem() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      statement.execute("select 1");
    }
    return migration.migrateIfNeeded() ? null : "schema not migrated";
  }

  private static HealthCheckResponse down(String problem) {
    return HealthCheckResponse.named("database").down().withData("problem", problem).build();
  }

  private void logChange(boolean up, String detail) {
    if (up != wasUp) {
      wasUp = up;
      if (up) {
        LOG.info("Database available again.");
      } else {
        LOG.warning("Database unavailable: " + detail);
      }
    }
  }
}
