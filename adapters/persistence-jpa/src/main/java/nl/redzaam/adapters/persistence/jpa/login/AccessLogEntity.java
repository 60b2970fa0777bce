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
@Table(name = "access_log")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class AccessLogEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "at", nullable = false)
  Instant at;

  @Column(name = "action", nullable = false, length = 300)
  String action;

  @Column(name = "object", length = 200)
  String object;

  @Column(name = "resident_id")
  UUID residentId;

  @Column(name = "result", nullable = false)
  int result;

  @Column(name = "origin", length = 100)
  String origin;

  @Column(name = "actor_kind", length = 20)
  String actorKind;

  @Column(name = "actor_id")
  UUID actorId;

  @Column(name = "on_behalf_of", length = 200)
  String onBehalfOf;

  @Column(name = "municipality_id")
  UUID municipalityId;
}
