package nl.redzaam.adapters.persistence.jpa;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * An EclipseLink log that counts the SQL statements sent to the database (category {@code sql}), to
 * show that loading a list of trajectories costs a fixed number of queries. Installed with {@code
 * eclipselink.logging.logger}; other messages at WARNING and above go to standard error.
 */
public class SqlCounter extends AbstractSessionLog {

  private static final AtomicInteger STATEMENTS = new AtomicInteger();

  static void reset() {
    STATEMENTS.set(0);
  }

  static int statements() {
    return STATEMENTS.get();
  }

  @Override
  public void log(SessionLogEntry entry) {
    if (SessionLog.SQL.equals(entry.getNameSpace())) {
      STATEMENTS.incrementAndGet();
    } else if (entry.getLevel() >= SessionLog.WARNING) {
      System.err.println(
          "EclipseLink: "
              + formatMessage(entry)
              + (entry.hasException() ? " " + entry.getException() : ""));
    }
  }
}
