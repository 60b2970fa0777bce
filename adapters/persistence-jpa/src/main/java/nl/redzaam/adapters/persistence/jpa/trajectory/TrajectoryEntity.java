package nl.redzaam.adapters.persistence.jpa.trajectory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.Stage;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * The root of a stored trajectory: its own columns (with the early stop and the outcome), the
 * simple lists as element collections and the parts that have parts of their own as child entities.
 * Every collection is batch fetched ({@code IN}), so that loading a list of trajectories costs one
 * query per collection, not one per trajectory. See {@link MunicipalityEntity} on change tracking.
 */
@Entity
@Table(name = "trajectory")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
public class TrajectoryEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "municipality_id", nullable = false)
  UUID municipalityId;

  @Column(name = "resident_id", nullable = false)
  UUID residentId;

  /** Also the type of the catalogue: a trajectory runs on a catalogue of its own type. */
  @Enumerated(EnumType.STRING)
  @Column(name = "trajectory_type", nullable = false, length = 40)
  TrajectoryType type;

  @Column(name = "catalogue_version", nullable = false)
  int catalogueVersion;

  /**
   * The municipality of the catalogue variant the trajectory runs on; null for the national one.
   */
  @Column(name = "catalogue_municipality_id")
  UUID catalogueMunicipalityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false, length = 30)
  Stage stage;

  @Column(name = "mid_evaluation_week", nullable = false)
  int midEvaluationWeek;

  @Column(name = "started_at", nullable = false)
  Instant startedAt;

  @Column(name = "started_by", nullable = false)
  UUID startedBy;

  @Column(name = "invited_at")
  Instant invitedAt;

  @Column(name = "activated_at")
  Instant activatedAt;

  @Column(name = "coaching_started_on")
  LocalDate coachingStartedOn;

  @Column(name = "coaching_ended_on")
  LocalDate coachingEndedOn;

  /** Derived from the schedule on every store (domain WeekClock), for the caseload query. */
  @Column(name = "week_clock_from_day")
  Integer weekClockFromDay;

  @Column(name = "week_clock_units_before")
  Long weekClockUnitsBefore;

  @Column(name = "week_clock_units_per_day")
  Integer weekClockUnitsPerDay;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 30)
  Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "early_stop_reason", length = 30)
  EarlyStopReason earlyStopReason;

  @Column(name = "early_stop_explanation", length = 2000)
  String earlyStopExplanation;

  @Column(name = "early_stop_on")
  LocalDate earlyStopOn;

  @Column(name = "early_stop_by")
  UUID earlyStopBy;

  @Column(name = "closed_on")
  LocalDate closedOn;

  @Column(name = "next_conversation_at")
  LocalDateTime nextConversationAt;

  @Column(name = "next_conversation_place", length = 200)
  String nextConversationPlace;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @ElementCollection
  @CollectionTable(name = "trajectory_coach", joinColumns = @JoinColumn(name = "trajectory_id"))
  @Column(name = "staff_member_id", nullable = false)
  @BatchFetch(BatchFetchType.IN)
  Set<UUID> coaches = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "trajectory_specialist",
      joinColumns = @JoinColumn(name = "trajectory_id"))
  @Column(name = "staff_member_id", nullable = false)
  @BatchFetch(BatchFetchType.IN)
  Set<UUID> specialists = new HashSet<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<PauseEntity> pauses = new ArrayList<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<TempoChangeEntity> tempoChanges = new ArrayList<>();

  @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<AssignmentProgressEntity> progress = new ArrayList<>();

  @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<OwnAssignmentEntity> ownAssignments = new ArrayList<>();

  @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<NoteEntity> notes = new ArrayList<>();

  @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<EvaluationEntity> evaluations = new ArrayList<>();

  @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<ScreeningEntity> screenings = new ArrayList<>();

  @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<CheckInEntity> checkIns = new ArrayList<>();
}
