package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A resident's note on an assignment, with the replies of the professionals. */
@Entity
@Table(name = "trajectory_note")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class NoteEntity extends TrajectoryPart {

  @Column(name = "assignment_code", nullable = false, length = 40)
  String assignmentCode;

  @Column(name = "body", nullable = false, length = 4000)
  String body;

  @Column(name = "written_at", nullable = false)
  Instant writtenAt;

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<NoteReplyEntity> replies = new ArrayList<>();

  NoteEntity() {}

  NoteEntity(TrajectoryEntity trajectory, UUID id) {
    super(trajectory, id);
  }
}
