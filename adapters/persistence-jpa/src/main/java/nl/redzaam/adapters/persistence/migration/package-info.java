/**
 * Database schema migrations: Flyway applies {@code db/migration} at startup, before JPA is used.
 * The SQL migrations must run on PostgreSQL and on H2 in {@code MODE=PostgreSQL}.
 */
package nl.redzaam.adapters.persistence.migration;
