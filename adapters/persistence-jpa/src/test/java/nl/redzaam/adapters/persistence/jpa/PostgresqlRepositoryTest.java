package nl.redzaam.adapters.persistence.jpa;

/**
 * The repositories against the real PostgreSQL (see {@link TestDatabase#postgresql}), in schema
 * {@code redzaam_persistence_test}, which this test empties and migrates first.
 */
class PostgresqlRepositoryTest extends RepositoryContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgresql("redzaam_persistence_test");
  }
}
