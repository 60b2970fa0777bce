package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.OwnerPosition;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A professional's reply to a resident's note. */
@Entity
@Table(name = "trajectory_note_reply")
@IdClass(OwnerPosition.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class NoteReplyEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "note_id")
  NoteEntity owner;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "author", nullable = false)
  UUID author;

  @Column(name = "body", nullable = false, length = 4000)
  String body;

  @Column(name = "written_at", nullable = false)
  Instant writtenAt;

  NoteReplyEntity() {}

  NoteReplyEntity(NoteEntity owner, int position) {
    this.owner = owner;
    this.position = position;
  }
}
