package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.redzaam.adapters.persistence.jpa.OwnerPosition;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.trajectory.Tempo;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** From {@code startsOn} on, the trajectory runs at {@code tempo}. */
@Entity
@Table(name = "trajectory_tempo_change")
@IdClass(OwnerPosition.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class TempoChangeEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id")
  TrajectoryEntity owner;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "starts_on", nullable = false)
  LocalDate startsOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "tempo", nullable = false, length = 20)
  Tempo tempo;

  TempoChangeEntity() {}

  TempoChangeEntity(TrajectoryEntity owner, int position) {
    this.owner = owner;
    this.position = position;
  }
}
