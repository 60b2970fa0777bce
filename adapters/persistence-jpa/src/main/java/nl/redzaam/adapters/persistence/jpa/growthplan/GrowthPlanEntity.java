package nl.redzaam.adapters.persistence.jpa.growthplan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A trajectory's growth plan, keyed by the trajectory, with its own version. Its goals, agreements
 * and progress entries keep their tables. See {@link MunicipalityEntity}.
 */
@Entity
@Table(name = "growth_plan")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class GrowthPlanEntity {

  @Id
  @Column(name = "trajectory_id")
  UUID trajectoryId;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<GoalEntity> goals = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<AgreementEntity> agreements = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<ProgressEntryEntity> progressEntries = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
