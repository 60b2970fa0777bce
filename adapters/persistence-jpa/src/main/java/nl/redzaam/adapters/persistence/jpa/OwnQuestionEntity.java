package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.catalogue.AnswerType;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A question of a coach's own assignment, with the options of a choice question. */
@Entity
@Table(name = "trajectory_own_question")
@IdClass(OwnQuestionEntity.Key.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class OwnQuestionEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumns({
    @JoinColumn(name = "trajectory_id", referencedColumnName = "trajectory_id"),
    @JoinColumn(name = "assignment_code", referencedColumnName = "assignment_code")
  })
  OwnAssignmentEntity assignment;

  @Id
  @Column(name = "question_id", length = 40)
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
      joinColumns = {
        @JoinColumn(name = "trajectory_id", referencedColumnName = "trajectory_id"),
        @JoinColumn(name = "assignment_code", referencedColumnName = "assignment_code"),
        @JoinColumn(name = "question_id", referencedColumnName = "question_id")
      })
  @Column(name = "option_text", nullable = false, length = 1000)
  @OrderColumn(name = "position")
  @BatchFetch(BatchFetchType.JOIN)
  List<String> options = new ArrayList<>();

  OwnQuestionEntity() {}

  OwnQuestionEntity(OwnAssignmentEntity assignment, String questionId) {
    this.assignment = assignment;
    this.questionId = questionId;
  }

  /** The primary key: the assignment's key and the question id. */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    OwnAssignmentEntity.Key assignment;
    String questionId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(assignment, k.assignment)
          && Objects.equals(questionId, k.questionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(assignment, questionId);
    }
  }
}
