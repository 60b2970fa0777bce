package nl.redzaam.adapters.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records mails over a JDBC connection whose transaction the caller runs (outside the server, and
 * in the tests).
 */
public final class JdbcMailOutbox implements MailOutbox {

  private final Connection connection;

  public JdbcMailOutbox(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void record(OutgoingMail mail, Instant now) {
    try (PreparedStatement insert = connection.prepareStatement(OutboxSql.INSERT)) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, mail.idempotencyKey());
      insert.setString(3, mail.kind().name());
      insert.setString(4, mail.recipient());
      insert.setString(5, mail.subject());
      insert.setString(6, mail.textBody());
      insert.setString(7, mail.htmlBody());
      insert.setObject(8, now.atOffset(ZoneOffset.UTC));
      insert.setObject(9, now.atOffset(ZoneOffset.UTC));
      insert.setString(10, mail.listUnsubscribe());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record " + mail + " in the outbox", e);
    }
  }
}
