package nl.redzaam.adapters.persistence.jpa;

/** The caseload's SQL on the real PostgreSQL, in schema {@code redzaam_caseload_test}. */
class PostgresqlCaseloadQueryTest extends CaseloadQueryContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgresql("redzaam_caseload_test");
  }
}
