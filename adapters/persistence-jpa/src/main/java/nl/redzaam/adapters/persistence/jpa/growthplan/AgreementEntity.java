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

/** An agreement in the growth plan of a trajectory. */
@Entity
@Table(name = "trajectory_agreement")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class AgreementEntity extends GrowthPlanPart {

  @Column(name = "description", nullable = false, length = 2000)
  String description;

  @Column(name = "made_on", nullable = false)
  LocalDate madeOn;

  AgreementEntity() {}

  AgreementEntity(GrowthPlanEntity plan, UUID id) {
    super(plan, id);
  }
}
