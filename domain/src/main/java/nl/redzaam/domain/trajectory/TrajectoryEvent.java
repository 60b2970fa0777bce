package nl.redzaam.domain.trajectory;

import java.time.Instant;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.staff.StaffMemberId;

/** What happened to a trajectory. Every event is a past-tense, immutable record. */
public sealed interface TrajectoryEvent extends DomainEvent {

  TrajectoryId trajectoryId();

  record TrajectoryStarted(
      TrajectoryId trajectoryId, ResidentId resident, StaffMemberId startedBy, Instant occurredAt)
      implements TrajectoryEvent {}

  record ResidentInvited(TrajectoryId trajectoryId, ResidentId resident, Instant occurredAt)
      implements TrajectoryEvent {}

  record ResidentActivated(TrajectoryId trajectoryId, ResidentId resident, Instant occurredAt)
      implements TrajectoryEvent {}

  record ScreeningRecorded(TrajectoryId trajectoryId, ScreeningKind kind, Instant occurredAt)
      implements TrajectoryEvent {}

  record EvaluationOpened(TrajectoryId trajectoryId, EvaluationKind kind, Instant occurredAt)
      implements TrajectoryEvent {}

  record EvaluationConcluded(TrajectoryId trajectoryId, EvaluationKind kind, Instant occurredAt)
      implements TrajectoryEvent {}

  record OutcomeDecided(TrajectoryId trajectoryId, Outcome outcome, Instant occurredAt)
      implements TrajectoryEvent {}

  record AnswersSubmitted(TrajectoryId trajectoryId, AssignmentCode assignment, Instant occurredAt)
      implements TrajectoryEvent {}

  record AnswersApproved(
      TrajectoryId trajectoryId, AssignmentCode assignment, StaffMemberId by, Instant occurredAt)
      implements TrajectoryEvent {}

  record ReworkRequested(
      TrajectoryId trajectoryId, AssignmentCode assignment, StaffMemberId by, Instant occurredAt)
      implements TrajectoryEvent {}

  record AssignmentSkipped(TrajectoryId trajectoryId, AssignmentCode assignment, Instant occurredAt)
      implements TrajectoryEvent {}

  record AssignmentReinstated(
      TrajectoryId trajectoryId, AssignmentCode assignment, Instant occurredAt)
      implements TrajectoryEvent {}

  record AssignmentStressChanged(
      TrajectoryId trajectoryId, AssignmentCode assignment, boolean stressed, Instant occurredAt)
      implements TrajectoryEvent {}

  record OwnAssignmentAdded(
      TrajectoryId trajectoryId, AssignmentCode assignment, Instant occurredAt)
      implements TrajectoryEvent {}

  record NoteLeft(TrajectoryId trajectoryId, NoteId note, Instant occurredAt)
      implements TrajectoryEvent {}

  record NoteAnswered(TrajectoryId trajectoryId, NoteId note, StaffMemberId by, Instant occurredAt)
      implements TrajectoryEvent {}

  record GrowthPlanChanged(TrajectoryId trajectoryId, Instant occurredAt)
      implements TrajectoryEvent {}

  record TrajectoryPaused(TrajectoryId trajectoryId, Instant occurredAt)
      implements TrajectoryEvent {}

  record TrajectoryResumed(TrajectoryId trajectoryId, Instant occurredAt)
      implements TrajectoryEvent {}

  record TempoChanged(TrajectoryId trajectoryId, Tempo tempo, Instant occurredAt)
      implements TrajectoryEvent {}

  record TrajectoryStoppedEarly(
      TrajectoryId trajectoryId, EarlyStopReason reason, Instant occurredAt)
      implements TrajectoryEvent {}

  record ConversationPlanned(TrajectoryId trajectoryId, Instant occurredAt)
      implements TrajectoryEvent {}

  record ConversationCancelled(TrajectoryId trajectoryId, Instant occurredAt)
      implements TrajectoryEvent {}

  record CheckInPlanned(TrajectoryId trajectoryId, CheckInId checkIn, Instant occurredAt)
      implements TrajectoryEvent {}

  record CheckInHeld(TrajectoryId trajectoryId, CheckInId checkIn, Instant occurredAt)
      implements TrajectoryEvent {}

  record TrajectoryClosed(TrajectoryId trajectoryId, Instant occurredAt)
      implements TrajectoryEvent {}
}
