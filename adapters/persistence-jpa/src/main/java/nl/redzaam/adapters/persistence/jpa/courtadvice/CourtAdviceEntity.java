package nl.redzaam.adapters.persistence.jpa.courtadvice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.courtadvice.CourtRecommendation;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * The advice to the sub-district court of one trajectory, keyed by the trajectory. See {@code
 * MunicipalityEntity} for why change tracking is deferred.
 */
@Entity
@Table(name = "court_advice")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class CourtAdviceEntity {

  @Id
  @Column(name = "trajectory_id")
  UUID trajectoryId;

  @Column(name = "recommendation", nullable = false, length = 20)
  @Enumerated(EnumType.STRING)
  CourtRecommendation recommendation;

  @Column(name = "reasons", nullable = false, length = 8000)
  String reasons;

  @Column(name = "written_by", nullable = false)
  UUID writtenBy;

  @Column(name = "written_on", nullable = false)
  LocalDate writtenOn;

  @Column(name = "finalised_on")
  LocalDate finalisedOn;

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
