package nl.redzaam.adapters.persistence.jpa;

import java.nio.file.Path;

/** The message and budget plan stores against an H2 file database in PostgreSQL mode. */
class H2ConversationAndBudgetStoresTest extends ConversationAndBudgetStoresContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2File(Path.of("target", "h2", "redzaam-conversation-budget-test"));
  }
}
