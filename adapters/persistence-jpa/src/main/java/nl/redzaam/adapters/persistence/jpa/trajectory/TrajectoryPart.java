package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.PartIds;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;

/**
 * The columns every listed part of a trajectory has (goals, notes, screenings, the progress on an
 * assignment, ...): its own single-column key, the trajectory it belongs to and its position in the
 * trajectory's list. The key is the domain's id of the part, or a {@link PartIds} key where the
 * domain has none. Evaluations are not listed parts: they are ordered by kind and have no position.
 *
 * <p>Each subclass declares {@code @ChangeTracking} and {@code @Customizer} itself, like every
 * entity of this adapter (see {@link MunicipalityEntity}); {@link UuidColumns} also converts the
 * {@code id} declared here.
 */
@MappedSuperclass
public abstract class TrajectoryPart {

  @Id
  @Column(name = "id")
  UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id", nullable = false)
  TrajectoryEntity trajectory;

  @Column(name = "position", nullable = false)
  int position;

  TrajectoryPart() {}

  TrajectoryPart(TrajectoryEntity trajectory, UUID id) {
    this.trajectory = trajectory;
    this.id = id;
  }
}
