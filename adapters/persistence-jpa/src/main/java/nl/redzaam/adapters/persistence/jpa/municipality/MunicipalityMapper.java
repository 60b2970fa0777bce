package nl.redzaam.adapters.persistence.jpa.municipality;

import nl.redzaam.adapters.persistence.jpa.Rows;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;

/** Maps a municipality to its entity and back. */
final class MunicipalityMapper {

  private MunicipalityMapper() {}

  static Municipality toDomain(MunicipalityEntity e) {
    return new Municipality(
        new MunicipalityId(e.id), e.name, e.modules, e.secondFactorRule, e.version);
  }

  /** Brings a new or managed entity in line with the municipality; leaves the version alone. */
  static void copy(Municipality m, MunicipalityEntity e) {
    e.id = m.id().value();
    e.name = m.name();
    Rows.replace(e.modules, m.purchasedModules());
    e.secondFactorRule = m.secondFactorRule();
  }
}
