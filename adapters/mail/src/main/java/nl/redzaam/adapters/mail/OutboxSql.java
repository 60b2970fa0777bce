package nl.redzaam.adapters.mail;

/**
 * The SQL of the outbox table (migration V7), shared by the JPA and the JDBC side. It runs
 * unchanged on PostgreSQL and on H2 in PostgreSQL mode.
 */
final class OutboxSql {

  private OutboxSql() {}

  /** A second mail with the same idempotency key is dropped silently. */
  static final String INSERT =
      "INSERT INTO mail_outbox (id, idempotency_key, kind, recipient, subject, text_body,"
          + " html_body, status, created_at, next_attempt_at, attempts, list_unsubscribe)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, 0, ?)"
          + " ON CONFLICT DO NOTHING";

  /**
   * The next due mail that no other sender holds; the claim's short transaction then leases it
   * ({@link #LEASE}), so no other sender (in this or another server) takes it while it is sent.
   */
  static final String CLAIM_NEXT =
      "SELECT id, idempotency_key, kind, recipient, subject, text_body, html_body, attempts,"
          + " list_unsubscribe"
          + " FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
          + " ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED";

  /** Leases a claimed mail: it is not due again before the given time. */
  static final String LEASE = "UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?";

  /** Sent: the bodies go, because they may hold a single-use link. */
  static final String MARK_SENT =
      "UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
          + " text_body = NULL, html_body = NULL, last_error = NULL WHERE id = ?";

  static final String MARK_FAILED =
      "UPDATE mail_outbox SET status = ?, attempts = attempts + 1, next_attempt_at = ?,"
          + " last_error = ? WHERE id = ?";
}
