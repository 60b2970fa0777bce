package nl.redzaam.domain.catalogue;

import java.util.Objects;
import nl.redzaam.domain.method.TrajectoryType;

/** A catalogue is identified by its trajectory type and a version number counting from 1. */
public record CatalogueId(TrajectoryType type, int version) {
  public CatalogueId {
    Objects.requireNonNull(type, "type");
    if (version < 1) {
      throw new IllegalArgumentException("A catalogue version counts from 1");
    }
  }

  @Override
  public String toString() {
    return type.name() + " v" + version;
  }
}
