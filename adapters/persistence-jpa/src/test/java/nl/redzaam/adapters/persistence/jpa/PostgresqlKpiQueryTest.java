package nl.redzaam.adapters.persistence.jpa;

/** The figures' SQL on the real PostgreSQL, in schema {@code redzaam_kpi_test}. */
class PostgresqlKpiQueryTest extends KpiQueryContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgresql("redzaam_kpi_test");
  }
}
