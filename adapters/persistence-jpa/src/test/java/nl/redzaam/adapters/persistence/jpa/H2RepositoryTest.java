package nl.redzaam.adapters.persistence.jpa;

import java.nio.file.Path;

/**
 * The repositories against an H2 file database in PostgreSQL mode, like Redzaam's embedded
 * database: the same migrations and mappings must work there too.
 */
class H2RepositoryTest extends RepositoryContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2File(Path.of("target", "h2", "redzaam-persistence-test"));
  }
}
