package nl.redzaam.adapters.persistence.jpa.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.InstantConverter;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A resident's access grant to a support organisation. See {@link MunicipalityEntity} on change
 * tracking; the instants go through {@link InstantConverter}.
 */
@Entity
@Table(name = "support_grant")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class SupportGrantEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "trajectory_id", nullable = false)
  UUID trajectoryId;

  @Column(name = "organisation_id", nullable = false)
  UUID organisationId;

  @Column(name = "granted_at", nullable = false)
  Instant grantedAt;

  @Column(name = "revoked_at")
  Instant revokedAt;

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
