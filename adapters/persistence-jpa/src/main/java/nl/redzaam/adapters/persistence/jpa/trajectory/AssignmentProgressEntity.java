package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.PartIds;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.trajectory.ProgressState;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * The resident's progress on one assignment of a trajectory, with the latest answers and the draft.
 * Keyed by {@link PartIds} of the trajectory and the assignment code.
 */
@Entity
@Table(name = "trajectory_assignment_progress")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class AssignmentProgressEntity extends TrajectoryPart {

  @Column(name = "assignment_code", nullable = false, length = 40)
  String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  ProgressState state;

  @Column(name = "stressed", nullable = false)
  boolean stressed;

  @Column(name = "submitted_at")
  Instant submittedAt;

  @Column(name = "reviewed_at")
  Instant reviewedAt;

  @Column(name = "reviewed_by")
  UUID reviewedBy;

  @Column(name = "feedback", length = 4000)
  String feedback;

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<AssignmentAnswerEntity> answers = new ArrayList<>();

  @Column(name = "stress_reason", length = 1000)
  String stressReason;

  @Column(name = "draft_saved_at")
  Instant draftSavedAt;

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<DraftAnswerEntity> draft = new ArrayList<>();

  AssignmentProgressEntity() {}

  AssignmentProgressEntity(TrajectoryEntity trajectory, String code) {
    super(trajectory, PartIds.of(trajectory.id, "progress", code));
    this.code = code;
  }
}
