package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test class, with instructions, when the test PostgreSQL is not reachable, and gives the
 * server an empty schema {@value #SCHEMA}. Register it before {@code ArquillianExtension}, which
 * starts the server.
 *
 * <p>The connection settings and the schema must match {@code arquillian.xml}, which passes them to
 * the server.
 */
public class PostgresqlRequired implements BeforeAllCallback {

  static final String SCHEMA = "redzaam_it";

  public static final String URL =
      env("REDZAAM_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = env("REDZAAM_TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("REDZAAM_TEST_DB_PASSWORD", "");

  @Override
  public void beforeAll(ExtensionContext context) {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + SCHEMA + " cascade");
      statement.execute("create schema " + SCHEMA);
    } catch (SQLException e) {
      fail(
          "The tests need PostgreSQL at "
              + URL
              + " as user "
              + USER
              + " ("
              + e.getMessage()
              + "). Start it with `pg_ctlcluster 15 main start`, or point REDZAAM_TEST_DB_URL,"
              + " REDZAAM_TEST_DB_USER and REDZAAM_TEST_DB_PASSWORD at another server.");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
