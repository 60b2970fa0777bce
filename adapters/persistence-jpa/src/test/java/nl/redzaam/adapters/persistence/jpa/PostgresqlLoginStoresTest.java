package nl.redzaam.adapters.persistence.jpa;

/** The login stores against the real PostgreSQL, in schema {@code redzaam_login_test}. */
class PostgresqlLoginStoresTest extends LoginStoresContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgresql("redzaam_login_test");
  }
}
