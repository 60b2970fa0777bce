package nl.redzaam.adapters.persistence.jpa.resident;

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

/** A resident. See {@link MunicipalityEntity} for why change tracking is deferred. */
@Entity
@Table(name = "resident")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class ResidentEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "municipality_id", nullable = false)
  UUID municipalityId;

  @Column(name = "first_name", nullable = false, length = 100)
  String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  String lastName;

  @Column(name = "email", nullable = false, length = 254)
  String email;

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
