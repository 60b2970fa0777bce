package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.PartIds;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.method.EvaluationKind;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * One evaluation of a trajectory (start, mid or final): its questions, answers and conclusion.
 * Keyed by {@link PartIds} of the trajectory and the kind.
 */
@Entity
@Table(name = "trajectory_evaluation")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class EvaluationEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id", nullable = false)
  TrajectoryEntity trajectory;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  EvaluationKind kind;

  @Column(name = "opened_on", nullable = false)
  LocalDate openedOn;

  @Column(name = "joint_conclusion", length = 8000)
  String jointConclusion;

  @Column(name = "concluded_on")
  LocalDate concludedOn;

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<EvaluationQuestionEntity> questions = new ArrayList<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<EvaluationAnswerEntity> answers = new ArrayList<>();

  EvaluationEntity() {}

  EvaluationEntity(TrajectoryEntity trajectory, EvaluationKind kind) {
    this.id = PartIds.of(trajectory.id, "evaluation", kind.name());
    this.trajectory = trajectory;
    this.kind = kind;
  }
}
