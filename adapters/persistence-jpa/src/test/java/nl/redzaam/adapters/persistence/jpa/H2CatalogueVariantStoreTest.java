package nl.redzaam.adapters.persistence.jpa;

import java.nio.file.Path;

/** The catalogue variant store against an H2 file database in PostgreSQL mode. */
class H2CatalogueVariantStoreTest extends CatalogueVariantStoreContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2File(Path.of("target", "h2", "redzaam-catalogue-variant-test"));
  }
}
