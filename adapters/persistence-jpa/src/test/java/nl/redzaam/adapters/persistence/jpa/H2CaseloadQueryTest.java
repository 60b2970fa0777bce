package nl.redzaam.adapters.persistence.jpa;

import java.nio.file.Path;

/** The caseload's SQL on H2 in PostgreSQL mode, Redzaam's embedded database. */
class H2CaseloadQueryTest extends CaseloadQueryContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2File(Path.of("target", "h2", "redzaam-caseload-test"));
  }
}
