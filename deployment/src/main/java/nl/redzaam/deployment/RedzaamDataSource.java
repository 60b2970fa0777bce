package nl.redzaam.deployment;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source class of {@link RedzaamDataSourceDefinition}: opens connections to H2 or
 * PostgreSQL depending on {@link DatabaseSettings}. Payara pools the connections. A single class is
 * needed because {@code @DataSourceDefinition} cannot choose its class from configuration.
 */
public class RedzaamDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(RedzaamDataSource.class.getName());

  private volatile DataSource delegate;
  private int loginTimeoutSeconds;
  private PrintWriter logWriter;

  private DataSource delegate() throws SQLException {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        current = delegate;
        if (current == null) {
          DatabaseSettings settings =
              DatabaseSettings.from(
                  ConfigProvider.getConfig(RedzaamDataSource.class.getClassLoader()));
          current = create(settings);
          current.setLoginTimeout(loginTimeoutSeconds);
          LOG.info("Using the " + settings.describe());
          delegate = current;
        }
      }
    }
    return current;
  }

  static DataSource create(DatabaseSettings settings) throws SQLException {
    String url = settings.url();
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgresql = new PGSimpleDataSource();
      postgresql.setURL(url);
      settings.user().ifPresent(postgresql::setUser);
      settings.password().ifPresent(postgresql::setPassword);
      settings.schema().ifPresent(postgresql::setCurrentSchema);
      postgresql.setApplicationName("redzaam");
      // Constraint violations would otherwise quote row values (email addresses) into the logs.
      postgresql.setLogServerErrorDetail(false);
      return postgresql;
    }
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      settings.user().ifPresent(h2::setUser);
      settings.password().ifPresent(h2::setPassword);
      return h2;
    }
    throw new SQLException(
        "Unsupported " + DatabaseSettings.URL + ": expected jdbc:postgresql:… or jdbc:h2:…");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    this.loginTimeoutSeconds = seconds;
    DataSource current = delegate;
    if (current != null) {
      current.setLoginTimeout(seconds);
    }
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
