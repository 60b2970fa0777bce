package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

@Entity
@Table(name = "identity_provider_handover")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class IdentityProviderHandoverEntity {

  @Id
  @Column(name = "ticket_hash", length = 64)
  String ticketHash;

  @Column(name = "person_id", nullable = false)
  UUID personId;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;
}
