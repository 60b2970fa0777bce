package nl.redzaam.domain.catalogue;

import java.util.Objects;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;

/**
 * A catalogue is identified by its trajectory type and a version number counting from 1. A
 * municipality's variant (see {@link CatalogueVariant}) also names the municipality; its versions
 * count on their own, apart from the national ones.
 *
 * @param municipality the municipality of a variant, or null for the national catalogue
 */
public record CatalogueId(TrajectoryType type, int version, MunicipalityId municipality) {
  public CatalogueId {
    Objects.requireNonNull(type, "type");
    if (version < 1) {
      throw new IllegalArgumentException("A catalogue version counts from 1");
    }
  }

  /** A national catalogue. */
  public CatalogueId(TrajectoryType type, int version) {
    this(type, version, null);
  }

  public boolean isVariant() {
    return municipality != null;
  }

  @Override
  public String toString() {
    return type.name() + " v" + version + (municipality == null ? "" : " of " + municipality);
  }
}
