package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.trajectory.ScreeningKind;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A screening of a trajectory with its score per domain. */
@Entity
@Table(name = "trajectory_screening")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class ScreeningEntity extends TrajectoryPart {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  ScreeningKind kind;

  @Column(name = "instrument", nullable = false, length = 100)
  String instrument;

  @Column(name = "taken_on", nullable = false)
  LocalDate takenOn;

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<ScreeningScoreEntity> scores = new ArrayList<>();

  ScreeningEntity() {}

  ScreeningEntity(TrajectoryEntity trajectory, UUID id) {
    super(trajectory, id);
  }
}
