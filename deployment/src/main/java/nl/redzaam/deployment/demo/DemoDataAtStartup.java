package nl.redzaam.deployment.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.redzaam.adapters.persistence.migration.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** On the embedded default only: seeds the demo data after the schema migration and lists the logins. */
@Startup
@Singleton
@DependsOn(DatabaseMigration.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataAtStartup {

  private static final Logger LOG = Logger.getLogger(DemoDataAtStartup.class.getName());

  @Inject
  @ConfigProperty(name = "redzaam.embedded", defaultValue = "false")
  boolean embedded;

  @Inject DemoData demoData;

  @PostConstruct
  void seed() {
    if (!embedded) {
      return;
    }
    boolean seeded = demoData.seedIfAbsent();
    StringBuilder message =
        new StringBuilder(seeded ? "Demo data created." : "Demo data present.")
            .append(" Demo logins (embedded database only):");
    DemoData.LOGINS.forEach(
        login ->
            message
                .append("\n  ")
                .append(String.format("%-11s", login.role()))
                .append(login.email())
                .append("  /  ")
                .append(login.password()));
    LOG.info(message.toString());
  }
}
