package nl.redzaam.deployment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.redzaam.adapters.persistence.migration.DatabaseMigration;
import nl.redzaam.deployment.bootstrap.FirstAdministrator;
import nl.redzaam.deployment.demo.DemoData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the schema migration: on the embedded default, seeds the demo data; on PostgreSQL, creates
 * the first municipality and administrator from configuration when the database is empty.
 */
@Startup
@Singleton(name = "InitialData")
@DependsOn(DatabaseMigration.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class InitialData {

  private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

  @Inject
  @ConfigProperty(name = "redzaam.embedded", defaultValue = "false")
  boolean embedded;

  @Inject DemoData demoData;
  @Inject FirstAdministrator firstAdministrator;

  @Inject DatabaseMigration migration;

  @PostConstruct
  void seed() {
    if (!migration.isMigrated()) {
      LOG.warning("Database not reachable at startup: initial data not checked. Restart later.");
      return;
    }
    if (!embedded) {
      firstAdministrator.createIfEmpty();
      return;
    }
    if (demoData.seedIfAbsent()) {
      LOG.info("Demo data created: municipality Voorbeeldstad with a resident in week 5.");
    }
  }
}
