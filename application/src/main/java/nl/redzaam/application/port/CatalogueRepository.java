package nl.redzaam.application.port;

import java.util.Optional;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;

/** The published catalogues. Published versions never change. */
public interface CatalogueRepository {

  Optional<Catalogue> find(CatalogueId id);

  /** The newest published version for a type: what a new trajectory starts on. */
  Optional<Catalogue> current(TrajectoryType type);

  /**
   * What a new trajectory of the municipality starts on: its newest published variant of the type
   * when it has one (see {@code TailoredCatalogues}), otherwise the national {@link #current}.
   */
  default Optional<Catalogue> currentFor(MunicipalityId municipality, TrajectoryType type) {
    return current(type);
  }
}
