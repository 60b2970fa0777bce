package nl.redzaam.adapters.persistence.jpa.growthplan;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.trajectory.TrajectoryPart;

/**
 * The columns every listed part of a growth plan has (goals, agreements, progress entries): the
 * domain's id of the part, the plan it belongs to and its position in the plan's list. The plan is
 * keyed by its trajectory, so the column is {@code trajectory_id}, as before the plan became an
 * aggregate of its own (V11). Like {@link TrajectoryPart}, each subclass declares
 * {@code @ChangeTracking} and {@code @Customizer} itself.
 */
@MappedSuperclass
abstract class GrowthPlanPart {

  @Id
  @Column(name = "id")
  UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id", nullable = false)
  GrowthPlanEntity plan;

  @Column(name = "position", nullable = false)
  int position;

  GrowthPlanPart() {}

  GrowthPlanPart(GrowthPlanEntity plan, UUID id) {
    this.plan = plan;
    this.id = id;
  }
}
