package nl.redzaam.adapters.persistence.jpa;

import java.nio.file.Path;

/** The figures' SQL on H2 in PostgreSQL mode, Redzaam's embedded database. */
class H2KpiQueryTest extends KpiQueryContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2File(Path.of("target", "h2", "redzaam-kpi-test"));
  }
}
