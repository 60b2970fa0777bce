package nl.redzaam.adapters.persistence.jpa.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.method.TrajectoryType;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;

/** One published version of a municipality's catalogue variant; rows are only ever added. */
@Entity
@Table(name = "catalogue_variant")
@Customizer(UuidColumns.class)
class CatalogueVariantEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "municipality_id", nullable = false)
  UUID municipalityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "trajectory_type", nullable = false, length = 40)
  TrajectoryType type;

  @Column(name = "version", nullable = false)
  int version;

  @Column(name = "base_version", nullable = false)
  int baseVersion;

  @Column(name = "published_on", nullable = false)
  LocalDate publishedOn;

  @OneToMany(mappedBy = "variant", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  List<CatalogueTailoringEntity> tailorings = new ArrayList<>();
}
