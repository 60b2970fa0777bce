package nl.redzaam.adapters.persistence.jpa;

/**
 * The message and budget plan stores against the real PostgreSQL, in schema {@code
 * redzaam_conversation_budget_test}.
 */
class PostgresqlConversationAndBudgetStoresTest extends ConversationAndBudgetStoresContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgresql("redzaam_conversation_budget_test");
  }
}
