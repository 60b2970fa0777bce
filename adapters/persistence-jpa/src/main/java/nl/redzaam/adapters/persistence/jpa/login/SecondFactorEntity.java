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
@Table(name = "second_factor")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class SecondFactorEntity {

  @Id
  @Column(name = "person_id")
  UUID personId;

  @Column(name = "secret", nullable = false, length = 64)
  String secret;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "confirmed_at")
  Instant confirmedAt;

  @Column(name = "last_used_step", nullable = false)
  long lastUsedStep;
}
