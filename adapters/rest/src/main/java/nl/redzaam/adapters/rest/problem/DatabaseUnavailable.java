package nl.redzaam.adapters.rest.problem;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means the database cannot be reached right now (refused or broken
 * connections, no connection to be had from the pool), as opposed to a fault in a request. Such a
 * request gets 503 with Retry-After: the client may try again in a moment, nothing was changed.
 */
public final class DatabaseUnavailable {

  /** Seconds a client waits before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public static final String DETAIL =
      "The database cannot be reached for a moment; nothing was changed. Try again in a few"
          + " seconds.";

  public static final String OUTCOME_UNKNOWN =
      "The database went away while your change was being saved; it may or may not have been"
          + " saved. Look before you send it again.";

  private DatabaseUnavailable() {}

  /**
   * Whether the transaction manager failed while committing (the database went away between the
   * last statement and the commit): then nobody knows whether the change was saved.
   */
  public static boolean duringCommit(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.transaction.SystemException
          || cause instanceof jakarta.transaction.HeuristicMixedException) {
        return true;
      }
    }
    return false;
  }

  public static boolean causes(Throwable failure) {
    // EclipseLink chains the JDBC exception as cause (initCause), so walking causes finds it.
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException
          || cause instanceof SocketException) {
        return true;
      }
      // SQLSTATE class 08: connection exception (PostgreSQL, and H2 alike).
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // The pool could not hand out a connection (Payara: "Error in allocating a connection").
      if (cause instanceof jakarta.resource.ResourceException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getMessage() != null
          && sql.getMessage().contains("Error in allocating a connection")) {
        return true;
      }
    }
    return false;
  }
}
