package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.OwnerPosition;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.trajectory.ParticipantRole;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** One participant's answer to one question of an evaluation. */
@Entity
@Table(name = "trajectory_evaluation_answer")
@IdClass(OwnerPosition.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class EvaluationAnswerEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "evaluation_id")
  EvaluationEntity owner;

  @Id
  @Column(name = "position")
  int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "participant_role", nullable = false, length = 20)
  ParticipantRole participantRole;

  @Column(name = "participant_id", nullable = false)
  UUID participantId;

  @Column(name = "question_id", nullable = false, length = 40)
  String questionId;

  @Column(name = "answer", nullable = false, length = 4000)
  String answer;

  EvaluationAnswerEntity() {}

  EvaluationAnswerEntity(EvaluationEntity owner, int position) {
    this.owner = owner;
    this.position = position;
  }
}
