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

/** A question of an evaluation, as copied from the catalogue when it opened. */
@Entity
@Table(name = "trajectory_evaluation_question")
@IdClass(OwnerPosition.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class EvaluationQuestionEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "evaluation_id")
  EvaluationEntity owner;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "question_id", nullable = false, length = 40)
  String questionId;

  @Column(name = "question_text", nullable = false, length = 1000)
  String text;

  EvaluationQuestionEntity() {}

  EvaluationQuestionEntity(EvaluationEntity owner, int position) {
    this.owner = owner;
    this.position = position;
  }
}
