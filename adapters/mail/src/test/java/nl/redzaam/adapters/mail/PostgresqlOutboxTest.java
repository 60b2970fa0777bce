package nl.redzaam.adapters.mail;

/** The outbox on the real PostgreSQL, schema {@value OutboxDatabase#POSTGRESQL_SCHEMA}. */
class PostgresqlOutboxTest extends OutboxContract {

  @Override
  OutboxDatabase database() {
    return OutboxDatabase.postgresql();
  }
}
