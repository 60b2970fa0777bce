package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** The resident's latest answer to one question of an assignment. */
@Entity
@Table(name = "trajectory_assignment_answer")
@IdClass(AssignmentAnswerEntity.Key.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class AssignmentAnswerEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "progress_id")
  AssignmentProgressEntity progress;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "question_id", nullable = false, length = 40)
  String questionId;

  @Column(name = "answer", nullable = false, length = 4000)
  String answer;

  AssignmentAnswerEntity() {}

  AssignmentAnswerEntity(AssignmentProgressEntity progress, int position) {
    this.progress = progress;
    this.position = position;
  }

  /** The primary key: the owner's key and the position in the owner's list. */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID progress;
    int position;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(progress, k.progress) && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(progress, position);
    }
  }
}
