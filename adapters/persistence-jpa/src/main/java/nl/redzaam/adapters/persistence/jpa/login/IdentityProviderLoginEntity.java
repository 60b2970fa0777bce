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
@Table(name = "identity_provider_login")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class IdentityProviderLoginEntity {

  @Id
  @Column(name = "state_hash", length = 64)
  String stateHash;

  @Column(name = "browser_hash", nullable = false, length = 64)
  String browserHash;

  @Column(name = "municipality_id", nullable = false)
  UUID municipalityId;

  @Column(name = "nonce", nullable = false, length = 64)
  String nonce;

  @Column(name = "code_verifier", nullable = false, length = 128)
  String codeVerifier;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;
}
