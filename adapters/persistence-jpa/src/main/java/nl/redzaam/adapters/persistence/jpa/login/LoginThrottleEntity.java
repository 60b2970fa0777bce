package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

@Entity
@Table(name = "login_throttle")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class LoginThrottleEntity {

  @Id
  @Column(name = "email", length = 254)
  String email;

  @Column(name = "failures", nullable = false)
  int failures;

  @Column(name = "last_failure_at", nullable = false)
  Instant lastFailureAt;

  @Column(name = "locked_until")
  Instant lockedUntil;
}
