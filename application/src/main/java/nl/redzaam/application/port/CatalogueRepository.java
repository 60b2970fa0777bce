package nl.redzaam.application.port;

import java.util.Optional;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.TrajectoryType;

/** The published catalogues. Published versions never change. */
public interface CatalogueRepository {

  Optional<Catalogue> find(CatalogueId id);

  /** The newest published version for a type: what a new trajectory starts on. */
  Optional<Catalogue> current(TrajectoryType type);
}
