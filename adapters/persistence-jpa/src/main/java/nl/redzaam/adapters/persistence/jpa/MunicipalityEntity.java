package nl.redzaam.adapters.persistence.jpa;

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
import nl.redzaam.domain.method.Module;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A municipality and the modules it has purchased.
 *
 * <p>Like every entity of this adapter: fields are read and written directly by the mappers of this
 * package, so change tracking is {@code DEFERRED} (compare at flush); the attribute change
 * tracking that EclipseLink weaves in inside the server would miss such writes.
 */
@Entity
@Table(name = "municipality")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class MunicipalityEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "name", nullable = false, length = 200)
  String name;

  @ElementCollection
  @CollectionTable(
      name = "municipality_module",
      joinColumns = @JoinColumn(name = "municipality_id"))
  @Column(name = "module", nullable = false, length = 60)
  @Enumerated(EnumType.STRING)
  @BatchFetch(BatchFetchType.IN)
  Set<Module> modules = new HashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
