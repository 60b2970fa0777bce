package nl.redzaam.application.trajectory;

import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.trajectory.Trajectory;

/** The catalogue version a trajectory started on; it must still be there. */
public final class CatalogueOf {

  private CatalogueOf() {}

  public static Catalogue trajectory(CatalogueRepository catalogues, Trajectory trajectory) {
    return inUse(catalogues, trajectory.catalogueId());
  }

  public static Catalogue inUse(CatalogueRepository catalogues, CatalogueId id) {
    return catalogues
        .find(id)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Catalogue " + id + " of a running trajectory is missing"));
  }
}
