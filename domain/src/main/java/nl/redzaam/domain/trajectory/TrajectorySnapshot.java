package nl.redzaam.domain.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * The complete state of a trajectory as plain data, for adapters that store it. {@link
 * Trajectory#restore} rebuilds the aggregate from it without replaying rules: it was valid when
 * saved. {@code version} is the stored version, used for optimistic locking.
 */
public record TrajectorySnapshot(
    TrajectoryId id,
    MunicipalityId municipalityId,
    ResidentId residentId,
    TrajectoryType type,
    CatalogueId catalogueId,
    Set<StaffMemberId> coaches,
    Set<StaffMemberId> specialists,
    Stage stage,
    int midEvaluationWeek,
    Instant startedAt,
    StaffMemberId startedBy,
    Instant invitedAt,
    Instant activatedAt,
    LocalDate coachingStartedOn,
    LocalDate coachingEndedOn,
    List<Pause> pauses,
    List<TempoChange> tempoChanges,
    List<AssignmentProgress> progress,
    List<OwnAssignment> ownAssignments,
    List<Note> notes,
    List<Evaluation> evaluations,
    List<ScreeningResult> screenings,
    Outcome outcome,
    EarlyStop earlyStop,
    List<CheckIn> checkIns,
    LocalDate closedOn,
    PlannedConversation plannedConversation,
    long version) {

  public TrajectorySnapshot {
    coaches = Set.copyOf(coaches);
    specialists = Set.copyOf(specialists);
    pauses = List.copyOf(pauses);
    tempoChanges = List.copyOf(tempoChanges);
    progress = List.copyOf(progress);
    ownAssignments = List.copyOf(ownAssignments);
    notes = List.copyOf(notes);
    evaluations = List.copyOf(evaluations);
    screenings = List.copyOf(screenings);
    checkIns = List.copyOf(checkIns);
  }

  /** A trajectory just selected: nothing happened yet but the start. */
  static TrajectorySnapshot ofStart(
      TrajectoryId id,
      MunicipalityId municipalityId,
      ResidentId residentId,
      CatalogueId catalogueId,
      Set<StaffMemberId> coaches,
      Set<StaffMemberId> specialists,
      StaffMemberId startedBy,
      Instant now) {
    return new TrajectorySnapshot(
        id,
        municipalityId,
        residentId,
        catalogueId.type(),
        catalogueId,
        coaches,
        specialists,
        Stage.SELECTED,
        Trajectory.DEFAULT_MID_EVALUATION_WEEK,
        now,
        startedBy,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        0);
  }
}
