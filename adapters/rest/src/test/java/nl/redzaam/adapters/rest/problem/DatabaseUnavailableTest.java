package nl.redzaam.adapters.rest.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import nl.redzaam.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void refused_broken_and_unallocatable_connections_are_an_outage_deep_in_the_chain() {
    assertTrue(
        DatabaseUnavailable.causes(
            new PersistenceException(
                new RuntimeException(new SQLException("Connection refused", "08001")))));
    assertTrue(DatabaseUnavailable.causes(new SQLException("I/O error", "08006")));
    assertTrue(
        DatabaseUnavailable.causes(
            new PersistenceException(
                new SQLException(
                    "Error in allocating a connection. Cause: Connection could not be allocated"))));
    assertTrue(
        DatabaseUnavailable.causes(
            new RuntimeException(new jakarta.resource.spi.ResourceAllocationException("pool"))));
    assertTrue(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("refused"))));
  }

  @Test
  void faults_in_a_request_are_not_an_outage() {
    assertFalse(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseUnavailable.causes(new RuleViolation("x", "y")));
    assertFalse(DatabaseUnavailable.causes(new IllegalStateException()));
  }

  @Test
  void a_failed_commit_is_told_apart_its_outcome_being_unknown() {
    assertTrue(
        DatabaseUnavailable.duringCommit(
            new jakarta.transaction.TransactionalException(
                "commit", new jakarta.transaction.SystemException())));
    assertFalse(DatabaseUnavailable.duringCommit(new IllegalStateException()));
  }
}
