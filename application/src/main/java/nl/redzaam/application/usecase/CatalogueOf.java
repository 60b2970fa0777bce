package nl.redzaam.application.usecase;

import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.trajectory.Trajectory;

/** The catalogue version a trajectory started on; it must still be there. */
final class CatalogueOf {

  private CatalogueOf() {}

  static Catalogue trajectory(CatalogueRepository catalogues, Trajectory trajectory) {
    return catalogues
        .find(trajectory.catalogueId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Catalogue "
                        + trajectory.catalogueId()
                        + " of a running trajectory is missing"));
  }
}
