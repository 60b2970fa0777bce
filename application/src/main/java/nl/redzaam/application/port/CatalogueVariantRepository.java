package nl.redzaam.application.port;

import java.util.Optional;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.CatalogueVariant;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;

/** The published versions of the municipalities' catalogue variants. They never change. */
public interface CatalogueVariantRepository {

  /** A variant version by its id (a {@link CatalogueId} that names a municipality). */
  Optional<CatalogueVariant> find(CatalogueId id);

  /** The municipality's newest published variant for the type: what a new trajectory starts on. */
  Optional<CatalogueVariant> newest(MunicipalityId municipality, TrajectoryType type);

  /**
   * Publishes a new version. Fails with {@link ConcurrentUpdateException} when that version of the
   * municipality's variant already exists (someone else published at the same time).
   */
  void add(CatalogueVariant variant);
}
