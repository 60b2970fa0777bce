package nl.redzaam.adapters.persistence.jpa.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;
import nl.redzaam.domain.staff.StaffRole;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A staff member and their roles. See {@link MunicipalityEntity} on change tracking. */
@Entity
@Table(name = "staff_member")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class StaffMemberEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "municipality_id", nullable = false)
  UUID municipalityId;

  @Column(name = "name", nullable = false, length = 200)
  String name;

  @Column(name = "email", nullable = false, length = 254)
  String email;

  @ElementCollection
  @CollectionTable(name = "staff_member_role", joinColumns = @JoinColumn(name = "staff_member_id"))
  @Column(name = "role", nullable = false, length = 30)
  @Enumerated(EnumType.STRING)
  @BatchFetch(BatchFetchType.IN)
  Set<StaffRole> roles = new HashSet<>();

  @Column(name = "organisation", length = 200)
  String organisation;

  @Column(name = "active", nullable = false)
  boolean active;

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
