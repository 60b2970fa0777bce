package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.PartIds;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.method.Theme;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * An assignment a coach wrote for one trajectory, with its questions. Keyed by {@link PartIds} of
 * the trajectory and the assignment code.
 */
@Entity
@Table(name = "trajectory_own_assignment")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class OwnAssignmentEntity extends TrajectoryPart {

  @Column(name = "assignment_code", nullable = false, length = 40)
  String code;

  @Column(name = "week", nullable = false)
  int week;

  @Enumerated(EnumType.STRING)
  @Column(name = "theme", nullable = false, length = 40)
  Theme theme;

  @Column(name = "title", nullable = false, length = 200)
  String title;

  @Column(name = "instruction", nullable = false, length = 4000)
  String instruction;

  @Column(name = "added_by", nullable = false)
  UUID addedBy;

  @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<OwnQuestionEntity> questions = new ArrayList<>();

  OwnAssignmentEntity() {}

  OwnAssignmentEntity(TrajectoryEntity trajectory, String code) {
    super(trajectory, PartIds.of(trajectory.id, "own-assignment", code));
    this.code = code;
  }
}
