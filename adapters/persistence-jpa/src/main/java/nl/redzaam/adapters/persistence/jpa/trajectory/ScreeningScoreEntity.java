package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.redzaam.adapters.persistence.jpa.OwnerPosition;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A screening's score on one domain. */
@Entity
@Table(name = "trajectory_screening_score")
@IdClass(OwnerPosition.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class ScreeningScoreEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "screening_id")
  ScreeningEntity owner;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "domain_name", nullable = false, length = 100)
  String domain;

  @Column(name = "score", nullable = false, precision = 6, scale = 2)
  BigDecimal score;

  ScreeningScoreEntity() {}

  ScreeningScoreEntity(ScreeningEntity owner, int position) {
    this.owner = owner;
    this.position = position;
  }
}
