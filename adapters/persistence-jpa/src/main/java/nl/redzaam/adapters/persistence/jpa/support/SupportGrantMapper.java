package nl.redzaam.adapters.persistence.jpa.support;

import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Maps a support grant to its entity and back. */
final class SupportGrantMapper {

  private SupportGrantMapper() {}

  static SupportGrant toDomain(SupportGrantEntity e) {
    return new SupportGrant(
        new SupportGrantId(e.id),
        new TrajectoryId(e.trajectoryId),
        new SupportOrganisationId(e.organisationId),
        e.grantedAt,
        e.revokedAt,
        e.version);
  }

  /** Brings a new or managed entity in line with the grant; leaves the version alone. */
  static void copy(SupportGrant g, SupportGrantEntity e) {
    e.id = g.id().value();
    e.trajectoryId = g.trajectoryId().value();
    e.organisationId = g.organisationId().value();
    e.grantedAt = g.grantedAt();
    e.revokedAt = g.revokedAt().orElse(null);
  }
}
