package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A pause of a trajectory: from {@code startsOn} up to (not including) {@code endsOn}, null while
 * it lasts.
 */
@Entity
@Table(name = "trajectory_pause")
@IdClass(PauseEntity.Key.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class PauseEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id")
  TrajectoryEntity trajectory;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "starts_on", nullable = false)
  LocalDate startsOn;

  @Column(name = "ends_on")
  LocalDate endsOn;

  PauseEntity() {}

  PauseEntity(TrajectoryEntity trajectory, int position) {
    this.trajectory = trajectory;
    this.position = position;
  }

  /** The primary key: the owner's key and the position in the owner's list. */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID trajectory;
    int position;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(trajectory, k.trajectory)
          && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(trajectory, position);
    }
  }
}
