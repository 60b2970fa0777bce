package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.redzaam.adapters.persistence.jpa.OwnerPosition;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** The resident's latest answer to one question of an assignment. */
@Entity
@Table(name = "trajectory_assignment_answer")
@IdClass(OwnerPosition.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class AssignmentAnswerEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "progress_id")
  AssignmentProgressEntity owner;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "question_id", nullable = false, length = 40)
  String questionId;

  @Column(name = "answer", nullable = false, length = 4000)
  String answer;

  AssignmentAnswerEntity() {}

  AssignmentAnswerEntity(AssignmentProgressEntity owner, int position) {
    this.owner = owner;
    this.position = position;
  }
}
