package nl.redzaam.adapters.persistence.jpa;

/**
 * The catalogue variant store against the real PostgreSQL, in schema {@code
 * redzaam_catalogue_variant_test}.
 */
class PostgresqlCatalogueVariantStoreTest extends CatalogueVariantStoreContract {

  @Override
  TestDatabase database() {
    return TestDatabase.postgresql("redzaam_catalogue_variant_test");
  }
}
