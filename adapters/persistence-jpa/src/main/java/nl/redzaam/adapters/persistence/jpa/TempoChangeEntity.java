package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.trajectory.Tempo;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** From {@code startsOn} on, the trajectory runs at {@code tempo}. */
@Entity
@Table(name = "trajectory_tempo_change")
@IdClass(TempoChangeEntity.Key.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class TempoChangeEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id")
  TrajectoryEntity trajectory;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "starts_on", nullable = false)
  LocalDate startsOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "tempo", nullable = false, length = 20)
  Tempo tempo;

  TempoChangeEntity() {}

  TempoChangeEntity(TrajectoryEntity trajectory, int position) {
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
