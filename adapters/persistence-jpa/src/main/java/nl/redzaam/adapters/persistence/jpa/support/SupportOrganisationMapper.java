package nl.redzaam.adapters.persistence.jpa.support;

import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;

/** Maps a support organisation to its entity and back. */
final class SupportOrganisationMapper {

  private SupportOrganisationMapper() {}

  static SupportOrganisation toDomain(SupportOrganisationEntity e) {
    return new SupportOrganisation(
        new SupportOrganisationId(e.id),
        new MunicipalityId(e.municipalityId),
        e.name,
        e.verified,
        e.version);
  }

  /** Brings a new or managed entity in line with the organisation; leaves the version alone. */
  static void copy(SupportOrganisation o, SupportOrganisationEntity e) {
    e.id = o.id().value();
    e.municipalityId = o.municipalityId().value();
    e.name = o.name();
    e.verified = o.verified();
  }
}
