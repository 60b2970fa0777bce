package nl.redzaam.adapters.persistence.jpa;

import java.nio.file.Path;

/** The login stores against an H2 file database in PostgreSQL mode. */
class H2LoginStoresTest extends LoginStoresContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2File(Path.of("target", "h2", "redzaam-login-test"));
  }
}
