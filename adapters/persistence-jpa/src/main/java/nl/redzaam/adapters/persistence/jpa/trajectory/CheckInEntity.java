package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A check-in (waakvlamgesprek) in the aftercare of a trajectory. */
@Entity
@Table(name = "trajectory_check_in")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class CheckInEntity extends TrajectoryPart {

  @Column(name = "planned_on", nullable = false)
  LocalDate plannedOn;

  @Column(name = "held_on")
  LocalDate heldOn;

  @Column(name = "summary", length = 4000)
  String summary;

  @Column(name = "still_independent")
  Boolean stillIndependent;

  CheckInEntity() {}

  CheckInEntity(TrajectoryEntity trajectory, UUID id) {
    super(trajectory, id);
  }
}
