package nl.redzaam.adapters.persistence.jpa;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query after a lost connection, three times with five seconds between. While
 * the database is away that keeps each request hanging for many seconds; we would rather answer 503
 * at once and let the client try again (DatabaseOutageIT). The pool still replaces broken
 * connections when the database is back.
 */
public class FailFastOnOutage implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
    login.setQueryRetryAttemptCount(0);
    login.setDelayBetweenConnectionAttempts(0);
  }
}
