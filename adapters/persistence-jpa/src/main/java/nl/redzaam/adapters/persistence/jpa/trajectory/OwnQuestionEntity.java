package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.PartIds;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.catalogue.AnswerType;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A question of a coach's own assignment, with the options of a choice question. Keyed by {@link
 * PartIds} of the assignment and the question id.
 */
@Entity
@Table(name = "trajectory_own_question")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class OwnQuestionEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "own_assignment_id", nullable = false)
  OwnAssignmentEntity assignment;

  @Column(name = "question_id", nullable = false, length = 40)
  String questionId;

  @Column(name = "position", nullable = false)
  int position;

  @Column(name = "question_text", nullable = false, length = 1000)
  String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_type", nullable = false, length = 20)
  AnswerType answerType;

  @Column(name = "required", nullable = false)
  boolean required;

  @ElementCollection
  @CollectionTable(
      name = "trajectory_own_question_option",
      joinColumns = @JoinColumn(name = "own_question_id"))
  @Column(name = "option_text", nullable = false, length = 1000)
  @OrderColumn(name = "position")
  @BatchFetch(BatchFetchType.IN)
  List<String> options = new ArrayList<>();

  OwnQuestionEntity() {}

  OwnQuestionEntity(OwnAssignmentEntity assignment, String questionId) {
    this.id = PartIds.of(assignment.id, "question", questionId);
    this.assignment = assignment;
    this.questionId = questionId;
  }
}
