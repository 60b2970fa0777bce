package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A screening's score on one domain. */
@Entity
@Table(name = "trajectory_screening_score")
@IdClass(ScreeningScoreEntity.Key.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class ScreeningScoreEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "screening_id")
  ScreeningEntity screening;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "domain_name", nullable = false, length = 100)
  String domain;

  @Column(name = "score", nullable = false, precision = 6, scale = 2)
  BigDecimal score;

  ScreeningScoreEntity() {}

  ScreeningScoreEntity(ScreeningEntity screening, int position) {
    this.screening = screening;
    this.position = position;
  }

  /** The primary key: the owner's key and the position in the owner's list. */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID screening;
    int position;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(screening, k.screening) && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(screening, position);
    }
  }
}
