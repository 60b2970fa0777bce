package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A professional's reply to a resident's note. */
@Entity
@Table(name = "trajectory_note_reply")
@IdClass(NoteReplyEntity.Key.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class NoteReplyEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "note_id")
  NoteEntity note;

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

  NoteReplyEntity(NoteEntity note, int position) {
    this.note = note;
    this.position = position;
  }

  /** The primary key: the owner's key and the position in the owner's list. */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID note;
    int position;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(note, k.note) && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(note, position);
    }
  }
}
