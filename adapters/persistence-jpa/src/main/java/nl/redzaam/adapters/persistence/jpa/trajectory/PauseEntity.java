package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.redzaam.adapters.persistence.jpa.OwnerPosition;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A pause of a trajectory: from {@code startsOn} up to (not including) {@code endsOn}, null while
 * it lasts.
 */
@Entity
@Table(name = "trajectory_pause")
@IdClass(OwnerPosition.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class PauseEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id")
  TrajectoryEntity owner;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "starts_on", nullable = false)
  LocalDate startsOn;

  @Column(name = "ends_on")
  LocalDate endsOn;

  PauseEntity() {}

  PauseEntity(TrajectoryEntity owner, int position) {
    this.owner = owner;
    this.position = position;
  }
}
