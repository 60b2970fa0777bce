package nl.redzaam.deployment;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Provides {@value #EMBEDDED}: {@code true} when Redzaam runs on its embedded H2 database (the
 * default; demo data is seeded only there), {@code false} on PostgreSQL. Derived from {@code
 * redzaam.db.url}; its high ordinal keeps it from being overridden.
 */
public class EmbeddedDatabaseConfigSource implements ConfigSource {

  /** The derived property. */
  public static final String EMBEDDED = "redzaam.embedded";

  private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(EMBEDDED);
  }

  @Override
  public Map<String, String> getProperties() {
    String value = getValue(EMBEDDED);
    return value == null ? Map.of() : Map.of(EMBEDDED, value);
  }

  @Override
  public String getValue(String propertyName) {
    if (!EMBEDDED.equals(propertyName) || RESOLVING.get()) {
      return null;
    }
    RESOLVING.set(true);
    try {
      return String.valueOf(
          DatabaseSettings.from(
                  ConfigProvider.getConfig(EmbeddedDatabaseConfigSource.class.getClassLoader()))
              .isEmbedded());
    } finally {
      RESOLVING.remove();
    }
  }

  @Override
  public int getOrdinal() {
    return 1000;
  }

  @Override
  public String getName() {
    return "Redzaam: " + EMBEDDED + " derived from " + DatabaseSettings.URL;
  }
}
