package nl.redzaam.deployment;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Which database Redzaam uses, read from MicroProfile Config (system properties, environment
 * variables such as {@code REDZAAM_DB_URL}, {@code microprofile-config.properties}).
 *
 * <p>Without {@code redzaam.db.url}, Redzaam uses its embedded H2 database in file {@code
 * redzaam.mv.db} under {@code redzaam.data.dir} (default {@code ./data}), which keeps data across
 * restarts. H2 runs in PostgreSQL mode, so the same migrations serve both.
 */
public final class DatabaseSettings {

  static final String URL = "redzaam.db.url";
  static final String USER = "redzaam.db.user";
  static final String PASSWORD = "redzaam.db.password";
  static final String SCHEMA = "redzaam.db.schema";
  static final String DATA_DIR = "redzaam.data.dir";

  /** H2 settings under which it accepts and answers our SQL like PostgreSQL does. */
  static final String H2_POSTGRESQL_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private final String url;
  private final Optional<String> user;
  private final Optional<String> password;
  private final Optional<String> schema;
  private final boolean embedded;

  private DatabaseSettings(
      String url,
      Optional<String> user,
      Optional<String> password,
      Optional<String> schema,
      boolean embedded) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
    this.embedded = embedded;
  }

  /** Reads the settings; empty values count as absent. */
  public static DatabaseSettings from(Config config) {
    Optional<String> user = config.getOptionalValue(USER, String.class);
    Optional<String> password = config.getOptionalValue(PASSWORD, String.class);
    Optional<String> schema = config.getOptionalValue(SCHEMA, String.class);
    Optional<String> url = config.getOptionalValue(URL, String.class);
    if (url.isPresent()) {
      // A configured database is never the demo database, whatever its kind.
      return new DatabaseSettings(url.get(), user, password, schema, false);
    }
    Path dataDir =
        Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse("data"))
            .toAbsolutePath()
            .normalize();
    return new DatabaseSettings(
        "jdbc:h2:file:" + dataDir.resolve("redzaam") + H2_POSTGRESQL_MODE,
        Optional.of(user.orElse("sa")),
        password,
        schema,
        true);
  }

  /** JDBC URL: {@code jdbc:postgresql:…} or {@code jdbc:h2:…}. */
  public String url() {
    return url;
  }

  public Optional<String> user() {
    return user;
  }

  public Optional<String> password() {
    return password;
  }

  /** PostgreSQL schema holding Redzaam's tables; absent means the user's default schema. */
  public Optional<String> schema() {
    return schema;
  }

  /**
   * True when no database is configured: Redzaam then runs on its embedded H2 database, meant for
   * trying it out, and only there seeds demo data. Any configured database (PostgreSQL, or an H2
   * URL given explicitly) is treated as real: no demo data.
   */
  public boolean isEmbedded() {
    return embedded;
  }

  /** The URL without query parameters, which may hold credentials: for log messages. */
  String describe() {
    int query = url.indexOf('?');
    String shown = query < 0 ? url : url.substring(0, query);
    String kind = url.startsWith("jdbc:h2:") ? "H2 database " : "PostgreSQL database ";
    return (embedded ? "embedded " : "") + kind + shown;
  }
}
