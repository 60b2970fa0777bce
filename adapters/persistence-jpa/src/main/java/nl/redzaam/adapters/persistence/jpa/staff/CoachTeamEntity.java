package nl.redzaam.adapters.persistence.jpa.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A coach team and its members. See {@link MunicipalityEntity} on change tracking. */
@Entity
@Table(name = "coach_team")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class CoachTeamEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "municipality_id", nullable = false)
  UUID municipalityId;

  @Column(name = "name", nullable = false, length = 200)
  String name;

  @ElementCollection
  @CollectionTable(name = "coach_team_member", joinColumns = @JoinColumn(name = "coach_team_id"))
  @Column(name = "staff_member_id", nullable = false)
  @BatchFetch(BatchFetchType.IN)
  Set<UUID> members = new HashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
