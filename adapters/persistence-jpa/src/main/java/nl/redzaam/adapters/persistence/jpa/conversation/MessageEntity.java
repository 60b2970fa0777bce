package nl.redzaam.adapters.persistence.jpa.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;
import nl.redzaam.domain.conversation.Correspondent;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A message; its readings are rows of their own ({@link MessageReadingEntity}), added without
 * touching the message, so the message needs no version. See {@link MunicipalityEntity} on change
 * tracking.
 */
@Entity
@Table(name = "message")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class MessageEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "trajectory_id", nullable = false)
  UUID trajectoryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_kind", nullable = false, length = 20)
  Correspondent.Kind authorKind;

  @Column(name = "author_id", nullable = false)
  UUID authorId;

  @Column(name = "body", nullable = false, length = 4000)
  String body;

  @Column(name = "sent_at", nullable = false)
  Instant sentAt;
}
