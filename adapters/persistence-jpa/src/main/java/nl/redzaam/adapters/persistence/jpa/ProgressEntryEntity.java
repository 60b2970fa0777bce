package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A progress entry in the growth plan, on one goal or (goal null) on the plan as a whole. */
@Entity
@Table(name = "trajectory_progress_entry")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class ProgressEntryEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id", nullable = false)
  TrajectoryEntity trajectory;

  @Column(name = "position", nullable = false)
  int position;

  @Column(name = "goal_id")
  UUID goalId;

  @Column(name = "body", nullable = false, length = 4000)
  String body;

  @Column(name = "written_on", nullable = false)
  LocalDate writtenOn;

  @Column(name = "author", nullable = false)
  UUID author;

  ProgressEntryEntity() {}

  ProgressEntryEntity(TrajectoryEntity trajectory, UUID id) {
    this.trajectory = trajectory;
    this.id = id;
  }
}
