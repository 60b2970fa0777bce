package nl.redzaam.adapters.persistence.jpa.growthplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.method.Theme;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A goal in the growth plan of a trajectory. */
@Entity
@Table(name = "trajectory_goal")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class GoalEntity extends GrowthPlanPart {

  @Column(name = "description", nullable = false, length = 2000)
  String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "theme", length = 40)
  Theme theme;

  @Column(name = "set_on", nullable = false)
  LocalDate setOn;

  @Column(name = "achieved_on")
  LocalDate achievedOn;

  GoalEntity() {}

  GoalEntity(GrowthPlanEntity plan, UUID id) {
    super(plan, id);
  }
}
