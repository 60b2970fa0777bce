package nl.redzaam.adapters.persistence.jpa.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A support organisation. See {@link MunicipalityEntity} on change tracking. */
@Entity
@Table(name = "support_organisation")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class SupportOrganisationEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "municipality_id", nullable = false)
  UUID municipalityId;

  @Column(name = "name", nullable = false, length = 200)
  String name;

  @Column(name = "verified", nullable = false)
  boolean verified;

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
