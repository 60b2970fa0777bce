package nl.redzaam.adapters.mail;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on H2 in PostgreSQL mode, the embedded default's database. */
class H2OutboxTest extends OutboxContract {

  @TempDir Path directory;

  @Override
  OutboxDatabase database() {
    return OutboxDatabase.h2(directory.resolve("outbox"));
  }
}
