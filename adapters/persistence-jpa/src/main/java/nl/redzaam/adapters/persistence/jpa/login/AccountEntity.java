package nl.redzaam.adapters.persistence.jpa.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A login, stored by email address. */
@Entity
@Table(name = "account")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class AccountEntity {

  @Id
  @Column(name = "email", length = 254)
  String email;

  @Column(name = "password_hash", nullable = false, length = 500)
  String passwordHash;

  @Column(name = "kind", nullable = false, length = 20)
  String kind;

  @Column(name = "person_id", nullable = false)
  UUID personId;

  @Column(name = "enabled", nullable = false)
  boolean enabled;

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
