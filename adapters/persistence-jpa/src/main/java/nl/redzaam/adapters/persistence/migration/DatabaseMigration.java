package nl.redzaam.adapters.persistence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the Flyway migrations in {@code db/migration} when the
 * application starts, before JPA is used. Other startup beans that use the database declare
 * {@code @DependsOn(DatabaseMigration.NAME)}.
 *
 * <p>If the database cannot be reached at startup, the application still starts: the readiness
 * check reports DOWN and calls {@link #migrateIfNeeded()} until the database answers. A migration
 * that fails on a reachable database fails the deployment.
 *
 * <p>Bean-managed transactions: Flyway manages its own; a container transaction around it fails
 * ("Local transaction already has 1 non-XA Resource").
 */
@Startup
@Singleton(name = DatabaseMigration.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  /** EJB name, for {@code @DependsOn}. */
  public static final String NAME = "DatabaseMigration";

  /** The application's data source, defined by the deployment module from configuration. */
  public static final String DATA_SOURCE = "java:app/jdbc/redzaam";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  /** Optional schema (PostgreSQL) that holds Redzaam's tables; created if missing. */
  @Inject
  @ConfigProperty(name = "redzaam.db.schema")
  Optional<String> schema;

  private volatile boolean migrated;

  @PostConstruct
  void migrateAtStartup() {
    if (!migrateIfNeeded()) {
      LOG.warning(
          "Database not reachable: schema not migrated yet. Readiness reports DOWN;"
              + " the migration is retried on each readiness check.");
    }
  }

  /**
   * Migrates unless done already.
   *
   * @return true when the schema is up to date, false when the database cannot be reached
   */
  @Lock(LockType.WRITE)
  public boolean migrateIfNeeded() {
    if (migrated) {
      return true;
    }
    if (!reachable()) {
      return false;
    }
    FluentConfiguration configuration =
        // The class loader of the jar that holds db/migration (the web app's class loader).
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true);
    schema.ifPresent(name -> configuration.schemas(name).defaultSchema(name));
    MigrateResult result = configuration.load().migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : result.initialSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now).");
    migrated = true;
    return true;
  }

  /** Whether the schema has been brought up to date since the application started. */
  @Lock(LockType.READ)
  public boolean isMigrated() {
    return migrated;
  }

  private boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(5);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Cannot connect to the database: {0}", e.getMessage());
      return false;
    }
  }
}
