package nl.redzaam.adapters.persistence.jpa.growthplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A progress entry in the growth plan, on one goal or (goal null) on the plan as a whole. */
@Entity
@Table(name = "trajectory_progress_entry")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class ProgressEntryEntity extends GrowthPlanPart {

  @Column(name = "goal_id")
  UUID goalId;

  @Column(name = "body", nullable = false, length = 4000)
  String body;

  @Column(name = "written_on", nullable = false)
  LocalDate writtenOn;

  @Column(name = "author", nullable = false)
  UUID author;

  ProgressEntryEntity() {}

  ProgressEntryEntity(GrowthPlanEntity plan, UUID id) {
    super(plan, id);
  }
}
