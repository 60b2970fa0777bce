package nl.redzaam.adapters.persistence.jpa.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.PartIds;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.conversation.Correspondent;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** That someone read a message; the key is a {@link PartIds} key of the message and the reader. */
@Entity
@Table(name = "message_reading")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class MessageReadingEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "message_id", nullable = false)
  UUID messageId;

  @Enumerated(EnumType.STRING)
  @Column(name = "reader_kind", nullable = false, length = 20)
  Correspondent.Kind readerKind;

  @Column(name = "reader_id", nullable = false)
  UUID readerId;

  @Column(name = "read_at", nullable = false)
  Instant readAt;

  static UUID key(UUID messageId, UUID readerId) {
    return PartIds.of(messageId, "reading", readerId.toString());
  }
}
