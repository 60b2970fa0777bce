package nl.redzaam.adapters.persistence.jpa.resident;

import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;

/** Maps a resident to its entity and back. */
final class ResidentMapper {

  private ResidentMapper() {}

  static Resident toDomain(ResidentEntity e) {
    return new Resident(
        new ResidentId(e.id),
        new MunicipalityId(e.municipalityId),
        e.firstName,
        e.lastName,
        new EmailAddress(e.email),
        e.version);
  }

  /** Brings a new or managed entity in line with the resident; leaves the version alone. */
  static void copy(Resident r, ResidentEntity e) {
    e.id = r.id().value();
    e.municipalityId = r.municipalityId().value();
    e.firstName = r.firstName();
    e.lastName = r.lastName();
    e.email = r.email().value();
  }
}
