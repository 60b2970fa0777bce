package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.OneToMany;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.trajectory.ParticipantRole;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** One evaluation of a trajectory (start, mid or final): its questions, answers and conclusion. */
@Entity
@Table(name = "trajectory_evaluation")
@IdClass(EvaluationEntity.Key.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class EvaluationEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id")
  TrajectoryEntity trajectory;

  /** The name of the {@link nl.redzaam.domain.method.EvaluationKind}. */
  @Id
  @Column(name = "kind", length = 10)
  String kind;

  @Column(name = "opened_on", nullable = false)
  LocalDate openedOn;

  @Column(name = "joint_conclusion", length = 8000)
  String jointConclusion;

  @Column(name = "concluded_on")
  LocalDate concludedOn;

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<EvaluationQuestionEntity> questions = new ArrayList<>();

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<EvaluationAnswerEntity> answers = new ArrayList<>();

  EvaluationEntity() {}

  EvaluationEntity(TrajectoryEntity trajectory, String kind) {
    this.trajectory = trajectory;
    this.kind = kind;
  }

  /** The primary key: the trajectory's id and the evaluation kind. */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID trajectory;
    String kind;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(trajectory, k.trajectory) && Objects.equals(kind, k.kind);
    }

    @Override
    public int hashCode() {
      return Objects.hash(trajectory, kind);
    }
  }
}
