package nl.redzaam.deployment;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import nl.redzaam.adapters.persistence.migration.DatabaseMigration;

/**
 * Defines the pooled, transactional data source {@value DatabaseMigration#DATA_SOURCE} used by JPA
 * and Flyway. Which database it reaches is configuration ({@link DatabaseSettings}).
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "nl.redzaam.deployment.RedzaamDataSource",
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 20,
    maxIdleTime = 300,
    loginTimeout = 5,
    properties = {
      // Detect connections broken by a database restart before handing them out.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // Fail fast instead of waiting a minute for a free connection: while the database is away,
      // a request answers 503 within 2 seconds (DatabaseOutageIT) rather than hanging.
      "fish.payara.max-wait-time-in-millis=2000"
    })
@ApplicationScoped
public class RedzaamDataSourceDefinition {}
