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
@Table(name = "account_token")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class AccountTokenEntity {

  @Id
  @Column(name = "token_hash", length = 64)
  String tokenHash;

  @Column(name = "purpose", nullable = false, length = 20)
  String purpose;

  @Column(name = "person_id", nullable = false)
  UUID personId;

  @Column(name = "kind", nullable = false, length = 20)
  String kind;

  @Column(name = "email", nullable = false, length = 254)
  String email;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Column(name = "used_at")
  Instant usedAt;
}
