package nl.redzaam.adapters.persistence.jpa.support;

import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;

/** Maps a support worker to its entity and back. */
final class SupportWorkerMapper {

  private SupportWorkerMapper() {}

  static SupportWorker toDomain(SupportWorkerEntity e) {
    return new SupportWorker(
        new SupportWorkerId(e.id),
        new SupportOrganisationId(e.organisationId),
        new MunicipalityId(e.municipalityId),
        e.name,
        new EmailAddress(e.email),
        e.active,
        e.version);
  }

  /** Brings a new or managed entity in line with the worker; leaves the version alone. */
  static void copy(SupportWorker w, SupportWorkerEntity e) {
    e.id = w.id().value();
    e.organisationId = w.organisationId().value();
    e.municipalityId = w.municipalityId().value();
    e.name = w.name();
    e.email = w.email().value();
    e.active = w.active();
  }
}
